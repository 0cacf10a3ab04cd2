// What kind of document this is, from its own wording, and for a paper, letter or news item the
// inspection it discusses (framework and date as written).
import { otherReportKind } from './report-kinds';

export type { Discussed } from './discussed-inspection';

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

export { discussedInspection } from './discussed-inspection';
