// Summary-table rows a converter flattened with single spaces: "2.1 Adoption performance Good".

// The grade as a table cell writes it: capitalised, the whole cell.
const CELL_GRADE = '(?:Requires [Ii]mprovement(?: [Tt]o [Bb]e [Gg]ood)?|Good|Outstanding|Inadequate|Adequate)';
const ROW_NUMBER = String.raw`\d{1,2}(?:\.\d{1,2})?\.?`;
// A label is a noun phrase: no digit (another row's number), no verb of a sentence ("3. The council was rated Good").
const LABEL = String.raw`[A-Z][^\n\t\d]{2,120}?`;
const ROW = new RegExp(`(?:^|[ \\t])${ROW_NUMBER} (${LABEL}) ${CELL_GRADE}(?=( ${ROW_NUMBER} [A-Z])|[ \\t]*$)`, 'gm');
// "2. Children looked after and achieving" / blank line / "permanence Requires improvement".
const WRAPPED = new RegExp(`^${ROW_NUMBER} (${LABEL})(\\n\\n?)[a-z][a-z ,’'-]{2,60}? ${CELL_GRADE}[ \\t]*$`, 'gm');
const VERB = /\b(?:is|are|was|were|be|been|being|has|have|had|rated|judged|found|remains?)\b/i;

/**
 * Numbered summary rows with single spaces for gutters, read as tabbed rows: the space before the grade
 * becomes a tab; a row run on after the last one on its line gets a line break before its number; a
 * label the converter wrapped onto the line before joins its row (the line breaks become spaces).
 * Offsets are kept. A row inside a line counts only beside another row (no sentence numbering "on 2.").
 * Source: SIF summary tables (2014-18) as document-sharing sites deliver them.
 */
export function numberedRowsToTabs(text: string): string {
  if (!/\d\.?\d? [A-Z]/.test(text)) return text;
  const out = text.split('');
  let lastEnd = -1;
  for (const m of text.matchAll(ROW)) {
    if (VERB.test(m[1]!)) continue;
    const lead = /^[ \t]/.test(m[0]) ? 1 : 0;
    const atLineStart = m.index === 0 || text[m.index + lead - 1] === '\n' || (lead === 0 && text[m.index - 1] === '\n');
    if (!atLineStart && m[2] === undefined && lastEnd !== m.index) continue;
    if (!atLineStart) out[m.index] = '\n';
    const labelEnd = m.index + m[0].indexOf(m[1]!) + m[1]!.length;
    out[labelEnd] = '\t';
    lastEnd = m.index + m[0].length;
  }
  for (const m of text.matchAll(WRAPPED)) {
    if (VERB.test(m[0])) continue;
    const breakAt = m.index + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
    for (let i = 0; i < m[2]!.length; i++) out[breakAt + i] = ' ';
    const gradeAt = m[0].trimEnd().search(new RegExp(` ${CELL_GRADE}$`));
    out[m.index + gradeAt] = '\t';
  }
  return out.join('');
}
