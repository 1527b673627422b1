/**
 * A guide page, before any interaction: a few lines, no framework.
 * - "On this page" marks the section being read (`aria-current="true"`). An IntersectionObserver
 *   watches the headings the list links to; whenever one crosses the top third of the window,
 *   the current one is worked out again (`currentSection`).
 * - Reading: once the reader has seen the title and reached the end of the text, the guide is
 *   recorded as read (`readingDone`). Only then does the progress store's code load.
 */
import { readingDone } from '../../lib/reading.ts';
import { currentSection } from '../../lib/toc.ts';

const toc = document.querySelector<HTMLElement>('.toc');
const links = toc ? [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')] : [];
const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));

if (toc && links.length > 0 && 'IntersectionObserver' in window) {
  let shown: HTMLAnchorElement | undefined;
  const update = () => {
    const line = innerHeight / 3;
    const atBottom = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    const tops = targets.map((el) => (el ? el.getBoundingClientRect().top : Number.POSITIVE_INFINITY));
    const current = links[currentSection(tops, line, atBottom)];
    if (current === shown) return;
    shown?.removeAttribute('aria-current');
    current?.setAttribute('aria-current', 'true');
    shown = current;
    // Keep the entry in view in a table of contents that scrolls on its own (wide screens).
    if (current && toc.scrollHeight > toc.clientHeight) {
      const top = current.offsetTop - toc.clientHeight / 2;
      toc.scrollTop = Math.max(0, top);
    }
  };
  const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -66% 0px' });
  for (const el of targets) if (el) observer.observe(el);
  // The last section may never reach the line: the page's end makes it current.
  const end = document.querySelector('.pager');
  if (end) observer.observe(end);
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
