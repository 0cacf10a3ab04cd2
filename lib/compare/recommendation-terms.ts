// A recommendation as the terms that carry its aim: words stemmed, the thesaurus's phrases
// (thesaurus.json) turned into one concept term each ("#pep"; a group of children such as care
// leavers is "@care_leavers"), filler words dropped. Linear in the text.
import thesaurus from './thesaurus.json';

/** Words that say how, not what ("ensure", "improve", "timely"): every recommendation has them. */
const FILLER = new Set(
  `a an and are as at be been by for from has have in into is it its of on or that the their them these this those to was
  were will with all any should ensure ensuring take action following within month three six immediately which who whom so
  they there than such including include also more most well our your each other improve improving improvement further
  make sure need needs where when how what continue develop strengthen establish review undertake urgently urgent
  local authority partners partner council leaders senior managers social workers work worker young people person child
  children family families quality timeliness timely effective effectiveness consistent consistency consistently good
  better robust rigorous rigour impact all every some those range level appropriate clear clearly full fully sufficient
  practice page paragraph outcome outcomes national framework enabler`
    .split(/\s+/)
    .filter(Boolean),
);

const SUFFIXES: Array<[string, string]> = [
  ['ational', 'ate'],
  ['ations', 'ate'],
  ['ation', 'ate'],
  ['ments', ''],
  ['ment', ''],
  ['ness', ''],
  ['ings', ''],
  ['ing', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ions', ''],
  ['ion', ''],
  ['ency', 'ent'],
  ['ence', 'ent'],
  ['ers', ''],
  ['er', ''],
  ['ed', ''],
  ['ly', ''],
  ['es', ''],
  ['s', ''],
];

/** A light English stemmer: "plans", "planning", "planned" → "plan"; "assessments", "assessed" → "assess". */
export function stemWord(word: string): string {
  // "-ision" nouns keep their ending: "supervision" (of staff) is not "supervise" (a programme).
  let w = word.replace(/ysis$/, 'yse').replace(/(ision)s$/, '$1');
  if (w.endsWith('ision')) return w;
  for (const [suffix, put] of SUFFIXES) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix) && !(suffix === 's' && /(?:ss|us|is)$/.test(w))) {
      w = w.slice(0, -suffix.length) + put;
      break;
    }
  }
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ss|ll)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('y')) w = w.slice(0, -1) + 'i';
  return w;
}

/** Words of a text, lower case, page and framework references dropped. */
export const wordsIn = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/\((?:page|outcome|enabler|this)[^)]*\)/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

interface Trie {
  next: Map<string, Trie>;
  concept: string | null;
}

const TRIE: Trie = { next: new Map(), concept: null };
for (const c of thesaurus.concepts)
  for (const term of c.terms) {
    let node = TRIE;
    for (const w of wordsIn(term).map(stemWord)) {
      if (!node.next.has(w)) node.next.set(w, { next: new Map(), concept: null });
      node = node.next.get(w)!;
    }
    node.concept = `${'group' in c && c.group ? '@' : '#'}${c.id}`;
  }
const LONGEST = Math.max(...thesaurus.concepts.flatMap((c) => c.terms.map((t) => wordsIn(t).length)));

/** The terms of a recommendation in order: "#concept" for each thesaurus phrase (the longest at each
 * place), else stemmed words that are not filler. */
export function termsOf(text: string): string[] {
  const stems = wordsIn(text).map(stemWord);
  const out: string[] = [];
  for (let i = 0; i < stems.length;) {
    let node: Trie | undefined = TRIE;
    let found: { concept: string; end: number } | null = null;
    for (let j = i; j < stems.length && j - i < LONGEST && node; j++) {
      node = node.next.get(stems[j]!);
      if (node?.concept) found = { concept: node.concept, end: j + 1 };
    }
    if (found) {
      out.push(found.concept);
      i = found.end;
    } else {
      const w = stems[i++]!;
      if (w.length > 2 && !FILLER_STEMS.has(w) && !/^\d+$/.test(w)) out.push(w);
    }
  }
  // A care leaver's plan is a pathway plan (Care Leavers (England) Regulations 2010).
  if (out.includes('@care_leavers') && !out.includes('#pathway')) return out.map((t) => (t === 'plan' ? '#pathway' : t));
  return out;
}

const FILLER_STEMS = new Set([...FILLER].map(stemWord));
