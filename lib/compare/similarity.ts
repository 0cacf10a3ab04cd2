// How alike two recommendations are, despite rewording: normalised words (stop words out, endings
// stemmed), each weighted by how rare it is among Ofsted recommendations (so "homeless" counts for
// more than "quality"), scored by how much of the shorter one the longer one covers, blended with
// their overlap.
import table from './recommendation-idf.json';

const IDF: Record<string, number> = table.idf;
/** A word seen in fewer than two corpus recommendations is as rare as can be. */
const RARE = Math.log(table.documents);
const weight = (w: string) => IDF[w] ?? RARE;

const STOP = new Set(
  `a an and are as at be been by for from has have in into is it its of on or that the their them these this those to was were
  will with all any should ensure ensuring local authority partners council take action following within months month three six
  immediately which who whom so they there than such including include includes also more most well its our your each other improve`
    .split(/\s+/)
    .filter(Boolean),
);

/** A crude stemmer: enough to make "assessments", "assessed" and "assessment" one word. */
export function stem(word: string): string {
  let w = word;
  for (const suffix of [
    'ations',
    'ation',
    'ments',
    'ment',
    'ness',
    'ings',
    'ing',
    'ies',
    'ied',
    'ers',
    'er',
    'es',
    'ed',
    'ly',
    's',
  ]) {
    if (w.length > suffix.length + 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** The set of stemmed content words of a recommendation. */
export function wordsOf(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !STOP.has(w));
  return new Set(words.map(stem));
}

const total = (words: Set<string>) => {
  let sum = 0;
  for (const w of words) sum += weight(w);
  return sum;
};

/** 0 (nothing shared) to 1 (the same words), rarity-weighted: 0.6 × containment of the shorter + 0.4 × Jaccard. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += weight(w);
  const [wa, wb] = [total(a), total(b)];
  const containment = shared / Math.min(wa, wb);
  const jaccard = shared / (wa + wb - shared);
  return 0.6 * containment + 0.4 * jaccard;
}
