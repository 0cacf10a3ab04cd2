// Area SEND reports (Ofsted and CQC, 2023 framework): the outcome, the previous inspection, and
// the areas for priority action (with their responsible body) and for improvement.
import type { JudgementMention, Recommendation } from '../model/findings';
import { detectSendOutcome, previousSendInspection } from './send-outcome';
import { priorityRows } from './send-priority-table';
import { linesOf, paragraphItems, sendSections } from './send-sections';
import type { Span } from './text-util';

export interface SendFindings {
  judgements: JudgementMention[];
  recommendations: Recommendation[];
  /** the previous area SEND inspection's dates as written, or null */
  previousInspection: string | null;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function recommendation(text: string, parts: Span[], group: 'priority action' | 'improvement', body: string | null): Recommendation {
  const start = parts[0]!.start;
  const end = parts[parts.length - 1]!.end;
  return {
    ruleId: group === 'priority action' ? 'send-priority-action' : 'send-improvement',
    // The quote is the action in reading order: the table's body cell is taken out of it.
    quote: oneLine(parts.map((p) => text.slice(p.start, p.end)).join(' ')),
    start,
    end,
    deadline: null,
    source: 'inspection',
    section: null,
    group,
    responsibleBody: body,
  };
}

/**
 * Everything an area SEND report of the 2023 framework states: the outcome judgement (areaKey
 * `send_outcome`), each area for priority action with its responsible body, each area for
 * improvement, and the previous inspection's dates. Empty lists where the text has none.
 */
export function detectSend(text: string): SendFindings {
  const outcome = detectSendOutcome(text);
  const { priority, improvement } = sendSections(text);
  const recommendations: Recommendation[] = [];
  if (priority) {
    for (const row of priorityRows(text, linesOf(text, priority.start, priority.end)))
      recommendations.push(recommendation(text, row.parts, 'priority action', row.responsibleBody));
  }
  if (improvement) {
    for (const item of paragraphItems(linesOf(text, improvement.start, improvement.end)))
      recommendations.push(recommendation(text, [item], 'improvement', null));
  }
  return { judgements: outcome ? [outcome] : [], recommendations, previousInspection: previousSendInspection(text) };
}
