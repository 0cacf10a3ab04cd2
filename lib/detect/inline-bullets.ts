// Web pages that put a report's bulleted list into one paragraph: "What needs to improve? ◼ A ◼ B ◼ C".
// Ofsted's PDFs give one item a line; the page gives one line for all of them.

// The list marks Ofsted's reports and council pages use (not "-" or "*", which run through prose).
const MARKS = '◼▪■•●◦';
const ANY_MARK = /[◼▪■•●◦]/;
const MARK_IN_LINE = new RegExp(`(^|[ \\t])[${MARKS}](?=[ \\t])`, 'g');
// Only a heading or lead-in may stand before the first mark ("What needs to improve?", "Leaders should:").
const MAX_LEAD = 100;

/**
 * The text with each line that holds two or more inline list marks broken before every mark but a
 * leading one: the blank before the mark becomes a line break, so the length and every offset stay
 * the same. Lines whose first mark follows more than a heading's length of text are left alone.
 * Linear in the text.
 */
export function splitInlineBullets(text: string): string {
  if (!ANY_MARK.test(text)) return text;
  let out = '';
  let from = 0;
  for (const line of text.split('\n')) {
    out += (from ? '\n' : '') + splitLine(line);
    from += line.length + 1;
  }
  return out;
}

function splitLine(line: string): string {
  if (!ANY_MARK.test(line)) return line;
  const marks = [...line.matchAll(MARK_IN_LINE)];
  if (marks.length < 2 || marks[0]!.index > MAX_LEAD) return line;
  let out = '';
  let last = 0;
  for (const m of marks) {
    // The blank before a mark (not one at the line's start) becomes the line break.
    if (m[1] === '') continue;
    out += line.slice(last, m.index) + '\n';
    last = m.index + 1;
  }
  return out + line.slice(last);
}
