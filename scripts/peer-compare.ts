// npm run peer: runs the detector over every corpus PDF and compares its own-inspection grades with
// the manifest's peer_* columns (another tool's scrape). Prints agreement and every disagreement.
import fs from 'node:fs';
import path from 'node:path';
import { detectReport } from '../lib/detect/detect-report';
import { readInputText } from './read-input';

const SHARED = process.env.SHARED_DIR ?? path.resolve(import.meta.dirname, '../../shared');
const root = path.join(SHARED, 'corpus', 'ofsted');
const AREAS = ['overall', 'leaders', 'help_protection', 'in_care', 'care_leavers'] as const;
const NOT_A_GRADE = new Set(['', 'data_unreadable', 'inspection_pre_dates_judgement', 'not_reported_post_reform']);

async function main(): Promise<void> {
  const [header, ...rows] = fs
    .readFileSync(path.join(root, 'manifest.csv'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(','));
  const col = (r: string[], name: string) => (r[header!.indexOf(name)] ?? '').trim();
  let compared = 0;
  let agreed = 0;
  let peerBlank = 0;
  for (const r of rows) {
    const file = col(r, 'file');
    const found = detectReport(await readInputText(path.join(root, file)));
    const own = new Map<string, string>();
    for (const j of found.judgements) if (j.inspection === null && !own.has(j.areaKey)) own.set(j.areaKey, j.grade);
    for (const area of AREAS) {
      const peer = col(r, `peer_${area}`);
      // Before 2023 the peer's in_care column is the combined children in care and care leavers judgement.
      const ours = own.get(area) ?? (area === 'in_care' ? own.get('in_care_and_care_leavers') : undefined) ?? '';
      if (NOT_A_GRADE.has(peer)) {
        if (ours) peerBlank++;
        continue;
      }
      compared++;
      if (peer === ours) agreed++;
      else console.log(`DISAGREE ${file} ${area}: peer=${peer} ours=${ours || '(none)'}`);
    }
  }
  console.log(
    `\ncompared ${compared} area grades where the peer has one: agree ${agreed} (${((100 * agreed) / compared).toFixed(1)}%)`,
  );
  console.log(`grades we found where the peer has none (SIF, 2013, unreadable): ${peerBlank}`);
}

main().catch((error: unknown) => {
  console.error(`peer: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
