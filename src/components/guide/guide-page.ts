/**
 * A guide page, before any interaction: a few lines, no framework.
 * - "On this page" marks the section being read (`aria-current="true"`). An IntersectionObserver
 *   watches the headings the list links to; whenever one crosses the reading line (an eighth of
 *   the way down the window), the current one is worked out again (`currentSection`).
 * - Reading: once the reader has seen the title and reached the end of the text, the guide is
 *   recorded as read (`readingDone`). Only then does the progress store's code load.
 */
import { readingDone } from '../../lib/reading.ts';
import { currentSection } from '../../lib/toc.ts';

const toc = document.querySelector<HTMLElement>('.toc');
const links = toc ? [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')] : [];
const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));

/**
 * The reading line, as a share of the window's height from its top. Near the top, just below
 * where a heading lands when its link is followed (its scroll margin), so a short section opened
 * from "On this page" is the one marked, not the next one whose heading is also on screen.
 */
const LINE = 0.125;

if (toc && links.length > 0 && 'IntersectionObserver' in window) {
  let shown: HTMLAnchorElement | undefined;
  const update = () => {
    // One pixel of slack: the observer and the measure may round the same edge differently.
    const line = innerHeight * LINE + 1;
    const atBottom = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    const tops = targets.map((el) => (el ? el.getBoundingClientRect().top : Number.POSITIVE_INFINITY));
    const current = links[currentSection(tops, line, atBottom)];
    if (current === shown) return;
    shown?.removeAttribute('aria-current');
    current?.setAttribute('aria-current', 'true');
    shown = current;
    // Keep the entry in view in a table of contents that scrolls on its own (wide screens).
    if (current && toc.scrollHeight > toc.clientHeight)
      toc.scrollTop = Math.max(0, current.offsetTop - toc.clientHeight / 2);
  };
  // The observed zone is everything above the reading line (far above the window too), so a
  // heading is "in" exactly while it is above the line: however fast the page jumps (a link, the
  // Home key, smooth scrolling), every heading that crossed the line reports it.
  const headings = new IntersectionObserver(update, { rootMargin: `1000% 0px -${100 - LINE * 100}% 0px` });
  for (const el of targets) if (el) headings.observe(el);
  // The last sections may never reach the line: reaching the page's end makes the last one current.
  const end = document.querySelector('.pager');
  if (end) new IntersectionObserver(update).observe(end);
}

const article = document.querySelector<HTMLElement>('[data-guide-read]');
const start = document.querySelector('[data-guide-start]');
const endMarker = document.querySelector('[data-guide-end]');
const guideId = article?.dataset['guideRead'];
if (guideId && start && endMarker && 'IntersectionObserver' in window) {
  const seen = { start: false, end: false };
  // Opened at a section (`#…`, from search or a link), the title may show for a moment before
  // the jump: it counts only once the reader comes back to it.
  let landing = location.hash.length > 1;
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      if (entry.target === start && !landing) seen.start = true;
      if (entry.target === endMarker) seen.end = true;
    }
    landing = false;
    if (!readingDone(seen)) return;
    observer.disconnect();
    void import('../../stores/progress.ts').then((m) => m.markGuideRead(guideId));
  });
  observer.observe(start);
  observer.observe(endMarker);
}
