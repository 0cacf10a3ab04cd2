import { describe, expect, it } from 'vitest';
import { datelineDate } from '../../../lib/detect/dateline';
import { detectReport } from '../../../lib/detect/detect-report';

// A news item's dateline is its publication date (issue 10: news items showed "Published: not stated").
describe('datelineDate', () => {
  it('reads a date alone on a line near the top, in the usual news forms', () => {
    expect(datelineDate('Ofsted praises council\n\nthe Reporter\nTuesday, October 22, 2019\n\nText.')).toBe('2019-10-22');
    expect(datelineDate('Council news\nWednesday, 9 November 2011\n\nText.')).toBe('2011-11-09');
    expect(datelineDate(' date 2022-09-05 Council services require further improvement\nA council…')).toBe('2022-09-05');
    expect(datelineDate('Headline\nPublished 5 July 2022 12:00 BST\n')).toBe('2022-07-05');
  });

  it('not a date inside a sentence, nor one far down the item', () => {
    expect(datelineDate('The inspection took place on 9 November 2011 and found services good.\n')).toBeNull();
    expect(datelineDate('Headline\n\n' + 'Text. '.repeat(150) + '\n9 November 2011\n')).toBeNull();
  });
});

describe('the dateline in detection', () => {
  it('dates the news item and no grade', () => {
    const found = detectReport(
      ' date 2022-09-05 Luton children’s services require further improvement\nLuton Borough Council’s children’s services still “require improvement”, Ofsted said.\n',
    );
    expect(found.document.publicationDate).toBe('2022-09-05');
    expect(found.judgements.map((j) => j.inspection)).not.toContain('2022');
  });
});
