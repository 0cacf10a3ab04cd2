// The 2009–12 inspection of safeguarding and looked after children services (SLAC) grades the same
// areas twice, once in each of its two sections, and its tables open each section with a bare
// "Overall effectiveness" row. Without its section, the second "Overall effectiveness: adequate"
// reads as a repeat of the first, and a list that shows each area once drops it.
import type { DocumentInfo, JudgementMention } from './findings';

export type SlacSection = 'safeguarding' | 'looked after children';

const OPENS_SECTION = /overall effectiveness/i;
const SAFEGUARDING = /safeguard/i;
const LOOKED_AFTER = /looked after|in care/i;

/** Whether the document is a SLAC report, or a paper that discusses a SLAC inspection. */
export function isSlac(doc: Pick<DocumentInfo, 'framework' | 'discusses'>): boolean {
  return (doc.framework ?? doc.discusses?.framework ?? null) === 'SLAC';
}

/** The section the area's own words name, or null ("Overall effectiveness" names none). */
export function sectionNamed(area: string): SlacSection | null {
  return LOOKED_AFTER.test(area) ? 'looked after children' : SAFEGUARDING.test(area) ? 'safeguarding' : null;
}

/**
 * The SLAC section of each judgement, index for index with `judgements` (null for every judgement
 * when the document is not SLAC). Source: the SLAC report layout, whose summary table has a
 * safeguarding part and a looked-after-children part, each opened by "Overall effectiveness".
 * Rule, in document order over the document's own judgements: an overall-effectiveness judgement
 * whose words name a section opens that section; a bare one opens safeguarding, then looked after
 * children, alternately (a paper that restates both tables repeats the pair); every other judgement
 * belongs to the section open before it (none before the first). Earlier inspections' grades have
 * none. Linear in the number of judgements after one sort.
 */
export function slacSections(
  judgements: readonly Pick<JudgementMention, 'area' | 'inspection' | 'start'>[],
  doc: Pick<DocumentInfo, 'framework' | 'discusses'>,
): Array<SlacSection | null> {
  const sections: Array<SlacSection | null> = judgements.map(() => null);
  if (!isSlac(doc)) return sections;
  const order = judgements.map((j, i) => ({ j, i })).sort((a, b) => a.j.start - b.j.start);
  let open: SlacSection | null = null;
  let bare = 0;
  for (const { j, i } of order) {
    if (j.inspection) continue;
    if (OPENS_SECTION.test(j.area)) open = sectionNamed(j.area) ?? (bare++ % 2 === 0 ? 'safeguarding' : 'looked after children');
    sections[i] = open;
  }
  return sections;
}
