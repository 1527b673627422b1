// twitter-text ships no types; the tests use these two parts of it as the reference for X's count.
declare module 'twitter-text' {
  const twitter: {
    parseTweet(text: string): { weightedLength: number; valid: boolean };
    regexen: { validGTLD: RegExp; validCCTLD: RegExp };
    extractUrlsWithIndices(text: string): { url: string; indices: [number, number] }[];
  };
  export default twitter;
}
