// Verify eval/papers/gold/*.json against eval/papers/*.txt (adapted from ../shared/eval/verify_gold.js):
// every quote and distractor is found verbatim by indexOf, each offset points at its quote, a quote that occurs
// more than once carries its occurrence, judgement spans overlap neither each other nor a distractor, and each
// entry has the fields the eval format asks for. Also prints the counts the paper set is described by.
// Usage: node scripts/verify-paper-gold.mjs [DIR]   (DIR defaults to eval/papers)
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(process.argv[2] ?? 'eval/papers');
const goldDir = path.join(dir, 'gold');
const GRADES = new Set([
  'Outstanding',
  'Good',
  'Adequate',
  'Requires improvement',
  'Inadequate',
  'Satisfactory',
  'Performs well',
  'Excellent',
  'Poor',
]);
// The APA's other overall grades (2009-11), which the shared seeds happen not to use.
for (const g of ['Performs excellently', 'Performs adequately', 'Performs poorly']) GRADES.add(g);
const SOURCES = new Set(['inspection', 'review', 'committee']);
const KEYS = ['document', 'authority', 'framework', 'source_url', 'judgements', 'recommendations', 'distractors'];
let failures = 0;
const fail = (f, m) => {
  failures++;
  console.log(`FAIL ${f}: ${m}`);
};
const allOcc = (t, q) => {
  const r = [];
  for (let i = t.indexOf(q); i !== -1; i = t.indexOf(q, i + 1)) r.push(i);
  return r;
};

function checkQuote(sf, text, kind, i, e) {
  const occ = allOcc(text, e.quote);
  if (!occ.length) return fail(sf, `${kind}[${i}] not found: ${JSON.stringify(e.quote)}`);
  if (!('offset' in e)) fail(sf, `${kind}[${i}] has no offset`);
  else if (text.substr(e.offset, e.quote.length) !== e.quote) fail(sf, `${kind}[${i}] offset mismatch`);
  if (occ.length > 1 && !('occurrence' in e)) fail(sf, `${kind}[${i}] ambiguous quote without occurrence`);
  if ('occurrence' in e && occ[e.occurrence - 1] !== e.offset) fail(sf, `${kind}[${i}] occurrence/offset inconsistent`);
}

const totals = { docs: 0, current: 0, earlier: 0, recs: { inspection: 0, review: 0, committee: 0 }, distractors: 0 };
const authorities = new Set();
const frameworks = new Map();
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
for (const sf of files) {
  const gf = path.join(goldDir, sf.replace(/\.txt$/, '.json'));
  if (!fs.existsSync(gf)) {
    fail(sf, 'no gold file');
    continue;
  }
  const text = fs.readFileSync(path.join(dir, sf), 'utf8');
  const g = JSON.parse(fs.readFileSync(gf, 'utf8'));
  if (g.document !== sf) fail(sf, 'document field mismatch');
  for (const k of KEYS) if (!(k in g)) fail(sf, `missing key ${k}`);
  const spans = [];
  g.judgements.forEach((e, i) => {
    checkQuote(sf, text, 'judgement', i, e);
    if (!GRADES.has(e.grade)) fail(sf, `judgement[${i}] unexpected grade ${e.grade}`);
    if (!e.area) fail(sf, `judgement[${i}] no area`);
    if (!('inspection' in e) || (e.inspection !== null && typeof e.inspection !== 'string'))
      fail(sf, `judgement[${i}] inspection must be null or a string`);
    spans.push([e.offset, e.offset + e.quote.length]);
    if (e.inspection) totals.earlier++;
    else totals.current++;
  });
  g.recommendations.forEach((e, i) => {
    checkQuote(sf, text, 'recommendation', i, e);
    if (!SOURCES.has(e.source)) fail(sf, `recommendation[${i}] bad source ${e.source}`);
    if (!('deadline' in e)) fail(sf, `recommendation[${i}] no deadline field`);
    else totals.recs[e.source]++;
  });
  if (!g.distractor_offsets || g.distractor_offsets.length !== g.distractors.length) fail(sf, 'distractor_offsets length');
  g.distractors.forEach((q, i) => {
    const off = g.distractor_offsets?.[i] ?? text.indexOf(q);
    if (text.indexOf(q) === -1) return fail(sf, `distractor[${i}] not found: ${JSON.stringify(q)}`);
    if (text.substr(off, q.length) !== q) fail(sf, `distractor[${i}] offset mismatch`);
    for (const [a, b] of spans) if (off < b && a < off + q.length) fail(sf, `distractor[${i}] overlaps a judgement`);
  });
  const sorted = spans.slice().sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < sorted.length; i++) if (sorted[i][0] < sorted[i - 1][1]) fail(sf, 'overlapping judgement spans');
  totals.docs++;
  totals.distractors += g.distractors.length;
  for (const a of String(g.authority).split('; ')) authorities.add(a);
  const fw = g.discusses?.framework ?? 'none';
  frameworks.set(fw, (frameworks.get(fw) ?? 0) + 1);
  console.log(
    `${sf}: judgements=${g.judgements.length} recommendations=${g.recommendations.length} distractors=${g.distractors.length}`,
  );
}
console.log(
  `TOTAL: documents=${totals.docs} authorities=${authorities.size} current=${totals.current} earlier=${totals.earlier}`,
);
console.log(
  `recommendations: inspection=${totals.recs.inspection} review=${totals.recs.review} committee=${totals.recs.committee}; distractors=${totals.distractors}`,
);
console.log(`frameworks discussed: ${[...frameworks].map(([k, v]) => `${k}=${v}`).join(', ')}`);
console.log(
  failures
    ? `VERIFICATION FAILED (${failures} problems)`
    : 'VERIFICATION OK: every quote and distractor found verbatim at its offset',
);
process.exit(failures ? 1 : 0);
