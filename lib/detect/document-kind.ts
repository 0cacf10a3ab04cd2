// What kind of document this is, from its own wording, and for a paper, letter or news item the
// inspection it discusses (framework and date as written).
import { PAST_MARKER } from './past-context';
import { otherReportKind } from './report-kinds';

export interface Discussed {
  framework: string | null;
  date: string | null;
}

const HEAD = 2500;
// "This letter summarises the findings of the monitoring visit to …" (ILACS visit and JTAI letters).
const LETTER_OPENING = /^\s*This letter summarises the (?:findings|outcome) of (?:the|a|our) (focused visit|monitoring visit|joint targeted area inspection)\b/i;

/**
 * One of DOCUMENT_KINDS: the reports of other inspectorates and of schools and providers are
 * recognised first (report-kinds.ts), then "children's services inspection", "focused visit",
 * "monitoring visit", "joint targeted area inspection", "area SEND inspection", "council paper",
 * or "other" (news, letters about other things). Source: the title lines of Ofsted reports and letters; council papers' agenda wording.
 */
export function documentKindOf(text: string, framework: string | null): string {
  const head = text.slice(0, HEAD);
  const title = text.slice(0, 400);
  const other = otherReportKind(title, head);
  if (other) return other;
  // An Ofsted report states its own inspection dates on its cover; papers and letters do not.
  const cover = /^[^]{0,1500}?\bInspection dates?:|Lead inspector:/i.test(head) && !/\bDear\b/.test(head);
  if (cover && framework !== 'CSA' && !/focused visit|monitoring visit|joint targeted/i.test(title))
    return "children's services inspection";
  if (
    /\b(?:agenda|minutes|cabinet|scrutiny|committee|report to|council meeting|executive member|portfolio holder)\b/i.test(title)
  )
    return 'council paper';
  if (/joint targeted area inspection|\bJTAI\b/i.test(title)) return 'joint targeted area inspection';
  if (
    /area SEND|local area (?:SEND )?inspection|special educational needs and\s+disabilit/i.test(title) &&
    /inspection/i.test(head)
  )
    return 'area SEND inspection';
  // A letter copied without its title or salutation still opens with Ofsted's own sentence.
  const opening = LETTER_OPENING.exec(title)?.[1]?.toLowerCase();
  if (opening) return opening.startsWith('joint') ? 'joint targeted area inspection' : (opening as 'focused visit' | 'monitoring visit');
  if (/^[^]{0,400}?\bfocused visit\b/i.test(head) && /Dear\b/.test(head)) return 'focused visit';
  if (/^[^]{0,400}?\bmonitoring visit\b/i.test(head) && /Dear\b/.test(head)) return 'monitoring visit';
  if (
    /\b(?:councillors?|members|committee members?|minute book|the (?:panel|committee|board) (?:is|are) asked|recommendations? to (?:cabinet|council))\b/i.test(
      head,
    )
  )
    return 'council paper';
  return 'other';
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
// "between 29 April and 3 May 2024", "from 4 to 22 November 2019", "in April 2018", "on 7 and 8 June 2022",
// "in the September 2017 inspection", "Ofsted inspection (March 2015)"
const WHEN = new RegExp(
  `(?:\\b(?:between|from|on|in|during|of)\\s+(?:the\\s+)?|\\()((?:${DAY}(?:\\s+${MONTH})?(?:\\s+(?:19|20)\\d\\d)?\\s*(?:and|to|[-–])\\s*)?(?:${DAY}\\s+)?${MONTH}(?:\\s*/\\s*${MONTH})?\\s+(?:19|20)\\d\\d)`,
  'gi',
);
const INSPECTION_WORD = /\b(?:inspect\w*|ILACS|SIF|focused visit|monitoring visit|JTAI)\b/i;

/** Framework family from the words near the date, else from the year (SLAC to 2013, SIF to 2017, then ILACS). */
function frameworkNear(words: string, year: number): string {
  if (/focused visit/i.test(words)) return 'ILACS focused visit';
  if (/monitoring visit/i.test(words)) return 'ILACS monitoring visit';
  if (/joint targeted|JTAI/i.test(words)) return 'JTAI';
  if (/\bILACS\b|ILASC/i.test(words)) return 'ILACS';
  if (/\bSIF\b|single inspection/i.test(words)) return 'SIF';
  if (/\bSLAC\b|safeguarding and looked after/i.test(words)) return 'SLAC';
  if (/adoption (?:agency|service)/i.test(words)) return 'Adoption agency inspection';
  return year >= 2018 ? 'ILACS' : year >= 2014 || (year === 2013 && /November|December/.test(words)) ? 'SIF' : 'SLAC';
}

/** The inspection a paper, letter or news item is about: the first dated inspection not called earlier. */
export function discussedInspection(text: string): Discussed | null {
  const head = text.slice(0, 6000);
  for (const m of head.matchAll(WHEN)) {
    const from = Math.max(head.lastIndexOf('.', m.index) + 1, m.index - 200);
    const sentence = head.slice(from, m.index + m[0].length + 80);
    if (
      !INSPECTION_WORD.test(sentence) ||
      PAST_MARKER.test(sentence) ||
      /\bjudged\b|\brated\b/i.test(head.slice(m.index, m.index + 80))
    )
      continue;
    const year = Number(/(?:19|20)\d\d/.exec(m[1]!)![0]);
    return { framework: frameworkNear(sentence, year), date: m[1]!.replace(/\s+/g, ' ') };
  }
  return null;
}
