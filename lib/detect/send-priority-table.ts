// Rebuilds the rows of an area SEND "Areas for priority action" table (Responsible body | Areas
// for priority action) from the text pdf.js gives, where the two cells of a row are interleaved
// line by line, sometimes split by a tab, sometimes by a space only.
import type { TextLine } from './send-sections';
import type { Span } from './text-util';

export interface PriorityRow {
  /** "Bexley Council and South East London ICB" */
  responsibleBody: string | null;
  /** the action's pieces, in reading order */
  parts: Span[];
}

// A body cell's words: organisation names ("NHS", "ICB", capitalised words), "and", "&", commas.
// Words that open an action sentence never belong to a body.
const ACTION_OPENER = /^(?:Leaders?|Area|Health|Local|The|They|There|This|These|Senior|Partners|Children|Young|In|To|For|All|Some|Education|Social|Strategic|Joint|Commissioners)$/;
const BODY_WORD = /^(?:NHS|ICB|CCG|ICS|and|&|[A-Z][a-z][\w’'-]*),?$/;
const BODY_END = /(?:Council|Board|ICB|CCG|ICS|Trust|First|Partnership|Authority|Services?)$/;

/** Length of the body cell's text at the start of `segment` (0 when none): whole words only. */
function bodyPrefix(segment: string, wholeCell: boolean): number {
  const words = [...segment.matchAll(/\S+/g)];
  let taken = 0;
  let length = 0;
  for (const w of words) {
    if (!BODY_WORD.test(w[0]) || ACTION_OPENER.test(w[0].replace(/,$/, ''))) break;
    taken++;
    length = w.index + w[0].length;
  }
  if (wholeCell) return taken === words.length && taken > 0 ? segment.length : 0;
  // Without a tab, the body ends where a lower-case word or an action opener begins, never at punctuation.
  const next = words[taken]?.[0] ?? '';
  if (next !== '' && !/^[a-z•▪◼■]/.test(next) && !ACTION_OPENER.test(next.replace(/,$/, ''))) return 0;
  // "and NHS Buckinghamshire, and care providers": a trailing "and" belongs to the action.
  while (taken > 0 && next !== '' && /^(?:and|&)$/.test(words[taken - 1]![0])) {
    taken--;
    length = taken > 0 ? words[taken - 1]!.index + words[taken - 1]![0].length : 0;
  }
  return taken > 0 && words.slice(0, taken).some((w) => !/^(?:and|&)$/.test(w[0])) ? length : 0;
}

const HEADER_WORDS = /^\s*(?:Responsible\s+body)?\s*/;
const ACTION_HEADER = /^\s*Areas\s+for\s+priority\s+action\b/;
const SKIP_ACTION_HEADER = /^\s*(?:Areas\s+for\s+priority\s+action\b)?/;

/** The body and action pieces of one line, as spans into the text. */
function splitLine(line: TextLine): { body: Span | null; action: Span | null } {
  let from = line.start + HEADER_WORDS.exec(line.text)![0].length;
  const rest = () => line.text.slice(from - line.start);
  const tab = rest().indexOf('\t');
  const first = tab < 0 ? rest() : rest().slice(0, tab);
  const cut = ACTION_HEADER.test(first) ? 0 : bodyPrefix(first, tab >= 0);
  const body = cut > 0 ? { start: from, end: from + cut } : null;
  from += cut;
  from += SKIP_ACTION_HEADER.exec(rest())![0].length;
  while (from < line.end && /\s/.test(line.text[from - line.start]!)) from++;
  return { body, action: from < line.end ? { start: from, end: line.end } : null };
}

/**
 * The table's rows. A line whose body piece opens with a capitalised word starts a new row when
 * the row so far has a complete body (ending "Council", "Board", "ICB", "Trust"…) and its action
 * ends a sentence; other body pieces continue the row's body. One pass over the lines: linear.
 */
export function priorityRows(text: string, lines: TextLine[]): PriorityRow[] {
  const rows: { body: string[]; parts: Span[] }[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    const { body, action } = splitLine(line);
    const row = rows[rows.length - 1];
    const bodyText = body ? text.slice(body.start, body.end).trim() : '';
    const lastAction = row?.parts.length ? text.slice(row.parts[row.parts.length - 1]!.start, row.parts[row.parts.length - 1]!.end) : '';
    // Only the last body piece is read, so a long body costs nothing extra per line.
    const lastBody = row?.body[row.body.length - 1]?.replace(/[,\s]+$/, '') ?? '';
    const complete = BODY_END.test(lastBody) && /[.!?][’”')]*\s*$/.test(lastAction);
    if (!row || (bodyText !== '' && !/^(?:and|&|,)/.test(bodyText) && complete)) rows.push({ body: [], parts: [] });
    const current = rows[rows.length - 1]!;
    if (bodyText) current.body.push(bodyText);
    if (action) current.parts.push(action);
  }
  return rows
    .filter((r) => r.parts.length > 0)
    .map((r) => ({
      responsibleBody: r.body.length ? r.body.join(' ').replace(/\s+/g, ' ').replace(/[\s,]*(?:\band)?$/, '') || null : null,
      parts: r.parts,
    }));
}
