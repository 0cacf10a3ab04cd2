// The inspection a news item reports, dated by a year or a month and year set before it: "The 2021
// inspection by Ofsted", "followed a June 2013 surprise visit" ("inspected in 2015" is most often a
// history's, so a year after the inspection is not read). Read only where no inspection is dated the usual way (discussed-inspection.ts).

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*';
const KIND =
  "(?:(?:full|surprise|unannounced|Ofsted|standard|short|children[’']?s\\s+services)\\s+){0,2}(?:inspection|re-?inspection|visit)\\b";
// "The 2021 inspection", "a June 2013 surprise visit". Groups: 1 the date.
const DATE_BEFORE = new RegExp(`\\b(?:the|an?)\\s+((?:${MONTH}\\s+)?(?:19|20)\\d\\d)\\s+${KIND}`, 'gi');

/** Each date of an inspection written so, with where it stands, in text order. */
export function yearDatedInspections(head: string): { start: number; end: number; date: string }[] {
  return [...head.matchAll(DATE_BEFORE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    date: m[1]!.replace(/\s+/g, ' '),
  }));
}
