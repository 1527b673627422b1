/** The four severities, most severe first. Kept apart from the schema so that the banner on every page can use the clocks without loading Valibot. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
