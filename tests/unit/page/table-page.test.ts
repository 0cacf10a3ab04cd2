import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { extractDomText } from '../../../lib/page/dom-text';

// Regression: a prose rule once read a table row ("…families<TAB>Requires improvement") as a
// sentence that began in the header row above, so the highlight started on "Grade".
describe('judgement table on a web page', () => {
  it('quotes each row, never the header above it', () => {
    const html = fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/pages/ilacs-summary.html'), 'utf8');
    const model = extractDomText(parseHTML(html).document.body);
    const quotes = detectReport(model.text).judgements.map((j) => j.quote);
    expect(quotes).toEqual([
      'The impact of leaders on social work practice with children and families\tRequires improvement to be good',
      'The experiences and progress of children who need help and protection\tRequires improvement to be good',
      'The experiences and progress of children in care and care leavers\tGood',
      'Overall effectiveness\tRequires improvement to be good',
    ]);
  });
});
