// Web pages that put a report's bulleted list into one paragraph: "What needs to improve? ◼ A ◼ B ◼ C".
// Ofsted's PDFs give one item a line; the page gives one line for all of them.

// The list marks Ofsted's reports and council pages use (not "-" or "*", which run through prose).
// A mark counts when a blank follows it and a blank or the line's start comes before it.
const MARK = /[◼▪■•●◦](?=[ \t])/g;
// Only a heading or lead-in may stand before the first mark ("What needs to improve?", "Leaders should:").
const MAX_LEAD = 100;

const SPACE = 32;
const TAB = 9;
const LINE_FEED = 10;

/**
 * The text with each line that holds two or more inline list marks broken before every mark but a
 * leading one: the blank before the mark becomes a line break, so the length and every offset stay
 * the same. Lines whose first mark follows more than a heading's length of text are left alone.
 * One pass over the marks (a PDF's bullets at line starts cost one test each); the text itself is
 * returned when no line changes. Linear in the text.
 */
export function splitInlineBullets(text: string): string {
  const breaks: number[] = []; // offsets of the blanks that become line breaks, ascending
  let lineStart = -1; // the line whose marks are being gathered
  let lineMarks: number[] = []; // offsets of the blanks before its marks (-1: a mark at the line's start)
  let firstMark = 0; // offset of its first mark's match (the blank before it, or the mark)
  const closeLine = () => {
    if (lineMarks.length >= 2 && firstMark - lineStart <= MAX_LEAD) for (const b of lineMarks) if (b >= 0) breaks.push(b);
  };
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const at = m.index;
    const before = at === 0 ? LINE_FEED : text.charCodeAt(at - 1);
    if (before !== LINE_FEED && before !== SPACE && before !== TAB) continue;
    const start = text.lastIndexOf('\n', at - 1) + 1;
    if (start !== lineStart) {
      closeLine();
      lineStart = start;
      lineMarks = [];
      firstMark = before === LINE_FEED ? at : at - 1;
    }
    lineMarks.push(before === LINE_FEED ? -1 : at - 1);
  }
  closeLine();
  if (breaks.length === 0) return text;
  let out = '';
  let last = 0;
  for (const b of breaks) {
    out += text.slice(last, b) + '\n';
    last = b + 1;
  }
  return out + text.slice(last);
}
