// What the variant checks (npm run eval:variants, eval:time-variants) share: the labelled papers of
// the paper set's tuning parts, and one rewritten document detected again. Each check keeps its own
// rewrites and its own tally; the held-out parts are never read.
import fs from 'node:fs';
import path from 'node:path';
import { detectReport } from '../../lib/detect/detect-report';
import type { Findings } from '../../lib/model/findings';
import { fixedHalves, inPart, type PaperPart } from '../eval-papers';

const DIR = path.resolve(import.meta.dirname, '../../eval/papers');

/** The paper set's parts a rule may be tuned on (eval/papers/README.md); the others are held out. The
 * batches once held out became tuning data after their held-out figures were reported: `fresh-check`,
 * `fresh2-check`, `fresh3-check` in the ninth session, `fresh4` in the tenth, `fresh5` in the eleventh,
 * `fresh6` in the twelfth; `fresh3-dev` was always tuning data. `new` and `fresh7` (the twelfth
 * session's held-out batch) are not here. */
export const TUNABLE_PARTS: readonly PaperPart[] = [
  'dev',
  'check',
  'new-dev',
  'new-check',
  'fresh-dev',
  'fresh-check',
  'fresh2-dev',
  'fresh2-check',
  'fresh3-dev',
  'fresh3-check',
  'fresh4',
  'fresh5',
  'fresh6',
];

/** One labelled paper: its file name (`<authority>-<year>-<kind>.txt`), text, and gold labels as read. */
export interface TuningPaper<G> {
  file: string;
  text: string;
  gold: G;
}

/** The papers of `parts` that have gold labels (eval/papers/gold/<name>.json), in file-name order.
 * Throws when a part is not one of TUNABLE_PARTS, so a check cannot read a held-out paper. */
export function tuningPapers<G>(parts: readonly PaperPart[] = TUNABLE_PARTS): TuningPaper<G>[] {
  const held = parts.filter((p) => !TUNABLE_PARTS.includes(p));
  if (held.length) throw new Error(`--part takes only tuning parts: ${TUNABLE_PARTS.join(', ')}`);
  const files = fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const fixed = fixedHalves(DIR, files);
  return files
    .filter((f) => parts.some((p) => inPart(f, p, files, fixed)))
    .map((file) => ({ file, gold: path.join(DIR, 'gold', file.replace(/\.txt$/, '.json')) }))
    .filter(({ gold }) => fs.existsSync(gold))
    .map(({ file, gold }) => ({
      file,
      text: fs.readFileSync(path.join(DIR, file), 'utf8'),
      gold: JSON.parse(fs.readFileSync(gold, 'utf8')) as G,
    }));
}

/** The findings of `text` with its characters [start, end) replaced by `piece`: one variant, detected. */
export function detectRewritten(text: string, at: { start: number; end: number }, piece: string): Findings {
  return detectReport(text.slice(0, at.start) + piece + text.slice(at.end));
}
