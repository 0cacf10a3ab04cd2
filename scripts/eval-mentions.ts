// Mention recall over every restatement: in a sample of the labelled corpus PDFs, every statement
// of an own-inspection judgement (summary table row, section heading with its grade, numbered
// paragraph, prose restatement) is labelled in tests/fixtures/gold/mentions (see its README).
// A label is found when a detected own-inspection judgement of the same area and grade overlaps it.
import fs from 'node:fs';
import path from 'node:path';
import { detectReport } from '../lib/detect/detect-report';
import { normaliseGrade } from '../lib/detect/grades';
import { emptyCounts, type Counts } from './eval-score';

interface MentionLabel {
  quote: string;
  /** 1-based: which occurrence of the quote, when it occurs more than once */
  occurrence?: number;
  area_key: string;
  grade: string;
}

const DIR = path.resolve(import.meta.dirname, '../tests/fixtures/gold/mentions');

/** Offset of the n-th occurrence of `quote`; throws when the label does not match the text. */
function locate(text: string, label: MentionLabel, file: string): number {
  let at = -1;
  for (let n = 0; n < (label.occurrence ?? 1); n++) {
    at = text.indexOf(label.quote, at + 1);
    if (at < 0) throw new Error(`mention label not in the text of ${file}: ${JSON.stringify(label.quote)}`);
  }
  return at;
}

/** Recall of the labelled mentions (tp found, fn missed; no precision: unlabelled text is not scored). */
export async function evalMentions(
  root: string,
  readText: (pdf: string) => Promise<string>,
  log: (line: string) => void,
  verbose: boolean,
): Promise<Counts> {
  const total = emptyCounts();
  if (!fs.existsSync(DIR)) return total;
  const files = fs
    .readdirSync(DIR, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const f of files) {
    const gold = JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as { file: string; mentions: MentionLabel[] };
    const text = await readText(path.join(root, gold.file));
    const own = detectReport(text).judgements.filter((j) => j.inspection === null);
    let found = 0;
    for (const label of gold.mentions) {
      const start = locate(text, label, gold.file);
      const end = start + label.quote.length;
      const hit = own.some(
        (j) =>
          j.start < end &&
          start < j.end &&
          j.areaKey === label.area_key &&
          normaliseGrade(j.grade) === normaliseGrade(label.grade),
      );
      if (hit) found++;
      else if (verbose) log(`    FN mention ${label.area_key}|${label.grade}: ${JSON.stringify(label.quote.slice(0, 120))}`);
    }
    log(`mentions ${gold.file}: ${found} of ${gold.mentions.length}`);
    total.tp += found;
    total.fn += gold.mentions.length - found;
  }
  return total;
}
