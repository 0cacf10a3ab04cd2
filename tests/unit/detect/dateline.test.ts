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

// A news item's own day dates no earlier inspection: the dateline run into the first sentence (no
// stop after it), or the report "released on" that day in the grade's sentence (issue 10).
describe('a grade dated by the item’s own publication day is the item’s inspection', () => {
  const grades = (text: string) => detectReport(text).judgements.map((j) => `${j.grade}@${j.inspection ?? 'current'}`);
  it.each([
    [
      'Anyshire children’s services judged good\nPublished: Tuesday, 4th March 2025\nInspectors visited the council between 3 and 14 February and rated the overall effectiveness of its children’s services as ‘Good’.\n',
      'good',
    ],
    [
      'Anyshire news\nThursday 6 June 2024: Anyshire Council’s children’s services have been judged ‘Requires improvement’ following an Ofsted report released on Thursday 6 June 2024.\n',
      'requires improvement',
    ],
    [
      'Anyshire news\nPosted 12 May 2022\nThe regulator graded the council’s children’s services as Inadequate in a report published on 12 May 2022.\n',
      'inadequate',
    ],
    [
      'Anyshire news\nUpdated: March 3, 2021\nOfsted judged Anyshire’s children’s services to be “good”, in a report issued March 3, 2021.\n',
      'good',
    ],
    [
      'Anyshire news\nPublished: 1 July 2023\nThe report judged the council’s services against four areas:\n- The impact of leaders on social work practice with children and families – Outstanding\n',
      'outstanding',
    ],
    [
      'Anyshire news\nFriday 10 November 2023 - The inspectorate has rated the experiences and progress of children in care as outstanding, in its report of 10 November 2023.\n',
      'outstanding',
    ],
  ])('%s', (text, grade) => {
    expect(grades(text)).toContain(`${grade}@current`);
    expect(grades(text).filter((g) => !g.endsWith('@current'))).toEqual([]);
  });

  it('keeps an earlier day that is not the dateline', () => {
    const text =
      'Anyshire news\nPublished: 4 March 2025\nThe council’s children’s services were rated inadequate by Ofsted on 2 May 2019.\n';
    expect(grades(text)).toContain('inadequate@2 May 2019');
  });

  it('reads a dateline run into the first sentence', () => {
    expect(datelineDate('Headline\nMonday 20 November 2023: Anyshire Council’s services were praised.\n')).toBe('2023-11-20');
  });
});
