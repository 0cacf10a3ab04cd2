// Which inspection a school's grade in a news item belongs to. The item tells the newest inspection
// and often the school's history: "In 2013 our school received a ‘requires improvement’
// judgement … in April we were judged ‘good’", "improved on its previously ‘satisfactory’ rating".
// Source: local news on Ofsted school reports (2014–23).
import type { JudgementMention } from '../model/findings';
import { PAST_MARKER } from './past-context';
import { datesIn, yearOf } from './text-util';

/**
 * Dates each mention by its own clause (`quote`): a past cue ("previously", "last inspection") makes
 * it "previous"; a year makes it that year's, unless that year is the newest told, with no undated
 * grade beside it (then it is the inspection the item is about). Undated mentions stay current. O(n).
 */
export function dateSchoolMentions(mentions: JudgementMention[]): JudgementMention[] {
  const dated = mentions.map((m) => ({ m, past: PAST_MARKER.test(m.quote), date: datesIn(m.quote)[0] ?? null }));
  const undatedCurrent = dated.some((d) => !d.past && d.date === null && d.m.areaKey !== 'school_category');
  const years = dated.map((d) => yearOf(d.date ?? '')).filter((y): y is number => y !== null);
  const newest = undatedCurrent || years.length === 0 ? null : Math.max(...years);
  return dated.map(({ m, past, date }) => {
    if (date !== null && yearOf(date) !== newest) return { ...m, inspection: date };
    return past ? { ...m, inspection: 'previous' } : m;
  });
}
