import { describe, expect, it } from 'vitest';
import type { JudgementMention } from '../../../lib/model/findings';
import { firstMentions } from '../../../lib/model/first-mentions';

// One document names the same earlier grade twice, once with its month and once with its year only
// ("judged adequate in March 2012" … "the previous ‘adequate’ judgement in 2012"): one entry, the precise date.
const mention = (
  areaKey: JudgementMention['areaKey'],
  grade: string,
  inspection: string | null,
  start: number,
): JudgementMention => ({
  ruleId: 'test',
  area: areaKey,
  areaKey,
  grade,
  rank: 2,
  inspection,
  quote: 'x',
  start,
  end: start + 1,
});
const listed = (js: JudgementMention[]) => firstMentions(js).map(({ j, i }) => [i, j.areaKey, j.grade, j.inspection]);

describe('earlier grades listed once where their dates agree', () => {
  it('a month and its year: one entry, with the month, wherever the precise one comes', () => {
    expect(
      listed([mention('help_protection', 'adequate', 'March 2012', 10), mention('help_protection', 'adequate', '2012', 900)]),
    ).toEqual([[0, 'help_protection', 'adequate', 'March 2012']]);
    expect(listed([mention('in_care', 'good', '2014', 10), mention('in_care', 'good', 'June 2014', 900)])).toEqual([
      [1, 'in_care', 'good', 'June 2014'],
    ]);
    expect(
      listed([mention('overall', 'inadequate', '2019', 5), mention('overall', 'inadequate', '4 February 2019', 50)]),
    ).toEqual([[1, 'overall', 'inadequate', '4 February 2019']]);
  });

  it('keeps dates that disagree, other areas and grades, and the current grades', () => {
    const js = [
      mention('help_protection', 'adequate', 'March 2012', 10),
      mention('help_protection', 'adequate', 'May 2012', 20),
      mention('help_protection', 'adequate', '2013', 30),
      mention('in_care', 'adequate', '2012', 40),
      mention('help_protection', 'good', '2012', 50),
      mention('help_protection', 'good', null, 60),
    ];
    expect(listed(js)).toHaveLength(6);
  });
});
