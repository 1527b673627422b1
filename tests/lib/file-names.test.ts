import { describe, expect, it } from 'vitest';
import { exportFileName, fileStamp, markdownFileName } from '../../src/lib/file-names.ts';

describe('export file names', () => {
  const now = new Date('2026-11-24T10:05:33.120Z');

  it('stamps the minute in UTC, with characters every system accepts', () => {
    expect(fileStamp(now)).toBe('2026-11-24-10-05');
  });

  it('says what the file holds', () => {
    expect(exportFileName('all', now)).toBe('crisis-playbook-all-2026-11-24-10-05.json');
    expect(exportFileName('session', now)).toBe('crisis-playbook-session-2026-11-24-10-05.json');
    expect(exportFileName('set-aside', now)).toBe('crisis-playbook-set-aside-2026-11-24-10-05.json');
    expect(markdownFileName(now)).toBe('crisis-playbook-2026-11-24-10-05.md');
  });
});
