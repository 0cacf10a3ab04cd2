// The area SEND inspection outcome (Ofsted and CQC, framework from January 2023) and, for the
// 2016–22 framework's letters, whether a written statement of action was required.
import type { JudgementMention } from '../model/findings';

/** The three outcomes, best first: rank is the index + 1. */
export const SEND_OUTCOMES = [
  'typically positive experiences and outcomes',
  'inconsistent experiences and outcomes',
  'widespread and/or systemic failings',
] as const;

// `\s+` everywhere so a sentence may wrap; `\w*` endings absorb the known slips ("experience",
// "systematic", "inconsistant", "postive"). Each pattern has one bounded gap, so it runs in linear time.
const OUTCOME_PATTERNS: RegExp[] = [
  /\btypical\w*\s+leads?\s+to\s+pos\w*\s+experienc\w*\s+and\s+outcomes?\b/gi,
  /\bleads?\s+to\s+incons\w*\s+experienc\w*\s+and\s+outcomes?\b/gi,
  /\b(?:there\s+(?:are|is)\s+)?wide\s*-?\s*spread\s+and\s*\/\s*or\s+system\w*\s+failings?\b/gi,
];

// Framework explanations quote all three sentences; the outcome is the one under its heading.
const HEADING = /Inspection\s+outcome/i;

/**
 * The report's one inspection outcome, as a judgement with areaKey `send_outcome`, `grade` one of
 * SEND_OUTCOMES and rank 1–3; null when no outcome sentence is found. Takes the first outcome
 * sentence after the "Inspection outcome" heading (else the first in the text). Later mentions
 * (a summary repeating the outcome) are not returned. Source: the January 2023 area SEND
 * framework's fixed outcome sentences, as printed in every report of the development corpus.
 */
export function detectSendOutcome(text: string): JudgementMention | null {
  const heading = HEADING.exec(text.slice(0, 8000));
  const from = heading ? heading.index : 0;
  let best: JudgementMention | null = null;
  OUTCOME_PATTERNS.forEach((pattern, i) => {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (!m || (best && best.start <= m.index)) return;
    const start = sentenceStart(text, m.index);
    const end = sentenceEnd(text, m.index + m[0].length);
    best = {
      ruleId: 'send-outcome',
      area: 'Area SEND inspection outcome',
      areaKey: 'send_outcome',
      grade: SEND_OUTCOMES[i]!,
      rank: i + 1,
      inspection: null,
      quote: text.slice(start, end).replace(/\s+/g, ' '),
      start,
      end,
    };
  });
  return best;
}

/** Back to the start of the sentence (at most 300 characters): after a full stop, colon, blank line or heading. */
function sentenceStart(text: string, pos: number): number {
  const floor = Math.max(0, pos - 300);
  const before = text.slice(floor, pos);
  let cut = 0;
  for (const m of before.matchAll(/[.:](?=\s)|\n[ \t]*\n|Inspection\s+outcome/gi)) cut = m.index + m[0].length;
  let i = floor + cut;
  while (i < pos && /\s/.test(text[i]!)) i++;
  return i;
}

/** On to the sentence's full stop (at most 400 characters). */
function sentenceEnd(text: string, pos: number): number {
  const stop = text.slice(pos, pos + 400).search(/[.](?=\s|$)/);
  return stop < 0 ? pos : pos + stop + 1;
}

const PREVIOUS = /Dates?\s+of\s+(?:the\s+)?previous\s+inspection:?[ \t]*([^\n]{0,160}(?:\n[^\n]{0,120})?)/i;
const DATE_RANGE =
  /\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+)?(?:\s+(?:19|20)\d\d)?\s*(?:to|and|[-–])\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+(?:19|20)\d\d/;

/**
 * The previous area SEND inspection's dates as written on the cover ("23 to 27 May 2016"), the
 * first full inspection where the line also names a revisit; null when "Not previously
 * inspected" or absent. Source: the cover block of the 2023 framework's reports.
 */
export function previousSendInspection(text: string): string | null {
  const m = PREVIOUS.exec(text.slice(0, 3000));
  if (!m || /not\s+previously/i.test(m[1]!)) return null;
  const date = DATE_RANGE.exec(m[1]!);
  return date ? date[0].replace(/\s+/g, ' ') : null;
}

const WSOA_REQUIRED =
  /(?:determined|decided|concluded)\s+that\s+a\s+written\s+statement\s+of\s+action\s+(?:\(WSOA\)\s+)?is\s+required|required\s+to\s+produce\s+(?:and\s+submit\s+)?a\s+written\s+statement\s+of\s+action/i;
const WSOA_NOT_REQUIRED = /written\s+statement\s+of\s+action\s+(?:\(WSOA\)\s+)?is\s+not\s+required|not\s+required\s+to\s+produce\s+a\s+written\s+statement/i;

/**
 * For a 2016–22 area SEND letter (no grade): "required" when it says a written statement of
 * action is required, "not required" when it says the opposite, else null. Source: the 2016
 * framework's letters ("HMCI has determined that a Written Statement of Action is required").
 */
export function writtenStatementOfAction(text: string): 'required' | 'not required' | null {
  if (WSOA_NOT_REQUIRED.test(text)) return 'not required';
  if (WSOA_REQUIRED.test(text)) return 'required';
  return null;
}
