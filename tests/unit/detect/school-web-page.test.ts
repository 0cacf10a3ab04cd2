// A school report published as a web page with one paragraph per line of the report: each line
// becomes a block of its own, so the extracted text has a blank line between the cells of the
// cover table ("This inspection:", "Good", "2"). The reader must find the same judgements, and
// the inspection dates, as in the plain text.
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { extractDomText } from '../../../lib/page/dom-text';

const dir = path.resolve(import.meta.dirname, '../../fixtures/real-kinds/school');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));

/** The text the extension extracts from `text` published one paragraph per non-blank line. */
function asParagraphPage(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p>${escape(l)}</p>`)
    .join('\n');
  const { document } = parseHTML(
    `<!doctype html><html lang="en"><head><title>t</title></head><body><main>${body}</main></body></html>`,
  );
  return extractDomText(document.body).text;
}

const judgements = (text: string) =>
  detectReport(text)
    .judgements.map((j) => `${j.areaKey}|${j.grade}|${j.inspection ?? 'this'}`)
    .sort();

describe('school reports as web pages of one paragraph per line', () => {
  it.each(files)('%s: the same judgements as the plain text', (file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    expect(judgements(asParagraphPage(text))).toEqual(judgements(text));
  });

  it('reads the 2012–15 cover of a real report, one cell a paragraph: grades and inspection dates', () => {
    const text = fs.readFileSync(path.join(dir, 'carleton-green-primary-2014.txt'), 'utf8');
    expect(detectReport(text).document.inspectionDates).toBe('19–20 March 2014');
    const page = asParagraphPage(text);
    const found = detectReport(page);
    expect(found.document.kind).toBe('school inspection');
    expect(found.document.inspectionDates).toBe('19–20 March 2014');
    expect(judgements(page)).toEqual(
      [
        'school_overall|satisfactory|previous',
        'school_overall|good|this',
        'school_outcomes|good|this',
        'school_teaching|good|this',
        'school_behaviour|good|this',
        'school_leadership|good|this',
      ].sort(),
    );
  });

  it('takes a grade from the next paragraph only when it is the whole cell', () => {
    const text =
      'School report\nAnytown Primary School\nInspection dates 7–8 May 2014\n\n' +
      'Quality of teaching\n\nGood teaching is seen in most classes.\n\nLeadership and management\n\nGood\n\n2\n';
    expect(judgements(text)).toEqual(['school_leadership|good|this']);
  });
});
