// One item of a recommendation list: where it starts and ends (it may run over wrapped lines and a
// paragraph gap), and the headings that open a list, as the list reader (detect-recommendations.ts) reads them.
import { BARE_MARKER, DEADLINE_LINE, DEADLINE_RUN_IN, ITEM_MARKER, headingOverItem, headingRules } from './recommendation-rules';
import { isBlank, nextFilled, type Line } from './recommendation-source';
import { endsSentence, trimSpan } from './text-util';

/** The item that starts at line i: its marker-less span, running until the next item, label or gap. */
export function readItem(lines: Line[], i: number, text: string, lead?: number): { start: number; end: number; next: number } {
  const marker = ITEM_MARKER.exec(lines[i]!.text);
  const start = lines[i]!.start + (lead ?? (marker ? marker[0].length : 0));
  let j = i + 1;
  let end = lines[i]!.end;
  while (j < lines.length) {
    const line = lines[j]!;
    if (isBlank(line)) {
      // A paragraph gap ends the item unless the sentence plainly runs on in lower case.
      const after = nextFilled(lines, j);
      if (after === lines.length || endsSentence(text, start, end) || !/^[a-z]/.test(lines[after]!.text.trim())) break;
      j = after;
      continue;
    }
    if (
      ITEM_MARKER.test(line.text) ||
      BARE_MARKER.test(line.text) ||
      DEADLINE_LINE.test(line.text) ||
      DEADLINE_RUN_IN.test(line.text) ||
      matchHeading(line.text) ||
      /^#+\s/.test(line.text) ||
      headingOverItem(lines, j, text, start, end) ||
      proseAfterItem(lines, j, text, start)
    )
      break;
    end = line.end;
    j++;
  }
  return { ...trimSpan(text, { start, end }), next: j };
}

/**
 * Minutes break lines mid-sentence, so an item runs over lines; a line opening a new sentence after
 * a wrapped item that began in lower case ("(4) the views … be received … by the" / "Executive
 * Director." / "In presenting the report, …") is the minutes' prose again, not the item's.
 */
function proseAfterItem(lines: Line[], j: number, text: string, start: number): boolean {
  return (
    /^[a-z]/.test(text.slice(start, start + 1)) && /\.["'’”)]?\s*$/.test(lines[j - 1]!.text) && /^\s*[A-Z]/.test(lines[j]!.text)
  );
}

export function matchHeading(line: string): (typeof headingRules)[number] | undefined {
  const trimmed = line.trim();
  // Bold markers are rare: the line is copied only when it has them.
  const clean = trimmed.startsWith('**') || trimmed.endsWith('**') ? trimmed.replace(/^\*\*|\*\*$/g, '') : trimmed;
  return headingRules.find((r) => r.pattern.test(clean));
}

/** "immediately" timing an action, not describing a thing or a moment ("immediately useful",
 * "immediately available", "immediately after the visit"): those are no deadline. */
const IMMEDIATELY =
  /immediately(?! (?:[a-z]+(?:ful|able|ible|ous)|apparent|evident|obvious|clear|relevant|effective|responsive|after|before|following|prior|upon|adjacent)\b)/
    .source;

export const DEADLINE_IN_ITEM = new RegExp(
  String.raw`\b(?:within (?:one|two|three|six|twelve|\d+) months|${IMMEDIATELY}|by (?:the end of )?[A-Z][a-z]+ (?:19|20)\d\d|at its [A-Z][a-z]+ (?:19|20)\d\d meeting|within six, then 12 months)\b`,
);

/**
 * A judgement area's title alone ("The experiences and progress of children in care", "Overall
 * effectiveness"): in a paper, a list of areas that "require improvement" names graded areas, not
 * actions. Titles of the SIF (2013–17) and ILACS (2018 on) judgement areas.
 */
const AREA_TITLE =
  /^(?:the\s+)?(?:(?:(?:experiences?\s+and\s+progress|experiences?)\s+of\s+)?(?:children\s+who\s+need\s+help\s+and\s+protection|children\s+in\s+care(?:\s+and\s+care\s+leavers)?|care\s+leavers|children\s+looked\s+after(?:\s+and\s+achieving\s+permanence)?)|overall\s+effectiveness|impact\s+of\s+leaders\s+on\s+social\s+work\s+practice(?:\s+with\s+children\s+and\s+families)?|leadership,?\s+management\s+and\s+governance|adoption\s+performance)[.;]?$/i;

export const isAreaTitle = (item: string): boolean => AREA_TITLE.test(item.trim());

/**
 * A statement that a report makes none of a kind ("The inspection did not find any areas for priority
 * and immediate action.", the first item under a SIF report's "Priority and immediate action"): no
 * recommendation. Only a sentence that opens with the inspection or "there" and says "no"/"not any".
 */
const STATES_NONE =
  /^(?:the\s+)?(?:inspection|inspectors?|ofsted|there)\s+(?:did\s+not\s+(?:find|identify)\s+any|(?:found|identified|are|were|is)\s+no)\s+(?:areas?\s+for|priority|recommendations?)\b/i;

export const statesNone = (item: string): boolean => STATES_NONE.test(item.trim());
