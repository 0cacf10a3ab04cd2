// The area a councillor reads on a card: the area's proper name from its key, never the words a
// sentence happened to match around it ("… children and families is").
import type { JudgementMention } from './findings';
import { sectionNamed, type SlacSection } from './slac-sections';

type Names = Partial<Record<JudgementMention['areaKey'], string>>;

// The judgement headings of each framework's report (FRAMEWORKS.md; Ofsted's ILACS and SIF reports).
const ILACS: Names = {
  leaders: 'The impact of leaders on social work practice with children and families',
  help_protection: 'The experiences and progress of children who need help and protection',
  in_care: 'The experiences and progress of children in care',
  care_leavers: 'The experiences and progress of care leavers',
  in_care_and_care_leavers: 'The experiences and progress of children in care and care leavers',
};
const SIF: Names = {
  leaders: 'Leadership, management and governance',
  help_protection: 'Children who need help and protection',
  in_care: 'Children looked after and achieving permanence',
  care_leavers: 'Experiences and progress of care leavers',
  adoption: 'Adoption performance',
  lscb: 'The Local Safeguarding Children Board',
};
// Any framework, or one not known (a paper quoting an earlier inspection).
const PLAIN: Names = {
  overall: 'Overall effectiveness',
  leaders: 'Leadership and management',
  help_protection: 'Children who need help and protection',
  in_care: 'Children in care',
  care_leavers: 'Care leavers',
  in_care_and_care_leavers: 'Children in care and care leavers',
  adoption: 'Adoption',
  lscb: 'Local Safeguarding Children Board',
  capacity: 'Capacity to improve',
};

// A verb a sentence puts after the area ("… is good", "… were judged to be", "… remains").
const TRAILING_VERB =
  /[\s,:;–-]+(?:(?:is|are|was|were|has been|have been|had been|remains?|remained|continues? to be|(?:is|are|was|were) judged(?: to be)?|(?:is|are|was|were) found to be|(?:is|are|was|were) now|(?:is|are|was|were) rated(?: as)?)[\s,:;]*)+$/i;

/** The area's own words without a verb a sentence put after it. Only the last 80 characters are
 * searched, so the time stays linear in the area's length. */
export function trimArea(area: string): string {
  const words = area.replace(/\s+/g, ' ').trim();
  const cut = Math.max(0, words.length - 80);
  return (words.slice(0, cut) + words.slice(cut).replace(TRAILING_VERB, '')).trim();
}

/**
 * The area's name for the card and lists: the heading of the document's own framework (ILACS, SIF)
 * for a judgement of the inspection the document is about; the key's plain name for an earlier
 * inspection's or an unknown framework's; the area's own words (trimmed of a trailing verb) for a
 * key with no one name (`other`, area SEND, schools, providers). `section` (from `slacSections`) is
 * added in brackets where the words do not name it: "Overall effectiveness (looked after children)".
 */
export function areaLabel(
  j: Pick<JudgementMention, 'area' | 'areaKey' | 'inspection'>,
  framework: string | null,
  section: SlacSection | null = null,
): string {
  if (section) return sectionNamed(j.area) ? trimArea(j.area) : `${trimArea(j.area)} (${section})`;
  // SLAC grades overall effectiveness twice (safeguarding; looked after children): its words say which.
  if (j.areaKey === 'overall' && sectionNamed(j.area)) return trimArea(j.area);
  const own = j.inspection ? undefined : /^ILACS/.test(framework ?? '') ? ILACS : framework === 'SIF' ? SIF : undefined;
  return own?.[j.areaKey] ?? PLAIN[j.areaKey] ?? trimArea(j.area);
}
