// English local authorities from the shared lookup table, and finding one named in a text.
import data from './authorities-data.json';

export interface Authority {
  urn: string;
  code: string;
  codeNew: string;
  name: string;
  aliases: string[];
  region: string;
  type: string;
  neighbours: string[];
}

export const authorities: Authority[] = data as Authority[];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names a text may use for the authority: "Bristol, City of" is written "Bristol" or "City of Bristol". */
function namesOf(a: Authority): string[] {
  const names = new Set([a.name, ...a.aliases]);
  for (const n of [...names]) {
    const inverted = /^(.+), (City of|County of)$/.exec(n);
    if (inverted) names.add(`${inverted[2]} ${inverted[1]}`).add(inverted[1]!);
    names.add(n.replace(/ and /g, ' & '));
    names.add(n.replace(/^County /, '').replace(/ Borough$/, ''));
  }
  return [...names].filter((n) => n.length > 2);
}

interface NamePattern {
  authority: Authority;
  pattern: RegExp;
  /** the name's first run of word characters: each match starts with it as a whole word (null: none) */
  firstWord: string | null;
}

let patterns: NamePattern[] | undefined;

function namePatterns(): NamePattern[] {
  patterns ??= authorities.flatMap((authority) =>
    namesOf(authority).map((name) => ({
      authority,
      pattern: new RegExp(`\\b${escape(name).replace(/ /g, '\\s+')}\\b(?!\\s+(?:Police|NHS|CCG|Health|Partnership))`, 'g'),
      firstWord: /^\w+/.exec(name)?.[0] ?? null,
    })),
  );
  return patterns;
}

let firstWords: Set<string> | undefined;
let firstCodes: Set<number> | undefined;
const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** The names' first words that stand in `text` as a whole run of \w characters: the set of its
 * `\w+` runs cut down to those, found without a string for every word of the text. O(n). */
function firstWordsIn(text: string): Set<string> {
  firstWords ??= new Set(namePatterns().flatMap((p) => (p.firstWord === null ? [] : [p.firstWord])));
  firstCodes ??= new Set([...firstWords].map((w) => w.charCodeAt(0)));
  const found = new Set<string>();
  for (let i = 0; i < text.length; ) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
    // Names start with a capital: a word starting with a letter no name starts with is not copied.
    if (firstCodes.has(text.charCodeAt(i))) {
      const word = text.slice(i, end);
      if (firstWords.has(word)) found.add(word);
    }
    i = end;
  }
  return found;
}

/**
 * The authority a report is about: the name in its title counts most, then how often it is named.
 * A longer name wins over one it contains ("West Northamptonshire" over "Northamptonshire").
 */
export function findAuthority(text: string): Authority | null {
  const head = text.slice(0, 1500);
  const body = text.slice(0, 60000);
  const scores = new Map<Authority, number>();
  // One scan for the words of the body: a name's pattern runs only if its first word is among them.
  const words = firstWordsIn(body);
  for (const { authority, pattern, firstWord } of namePatterns()) {
    if (firstWord !== null && !words.has(firstWord)) continue;
    const inBody = body.match(pattern)?.length ?? 0;
    if (!inBody) continue;
    const inHead = head.match(pattern)?.length ?? 0;
    const score = inBody + 20 * inHead + pattern.source.length / 100;
    scores.set(authority, Math.max(scores.get(authority) ?? 0, score));
  }
  for (const [a] of scores) {
    for (const [b, score] of scores) {
      if (a !== b && namesOf(b).some((n) => namesOf(a).some((m) => m.length > n.length && m.includes(n))))
        scores.set(b, score / 10);
    }
  }
  let best: Authority | null = null;
  let bestScore = 1.5;
  for (const [a, s] of scores) {
    if (s > bestScore) {
      best = a;
      bestScore = s;
    }
  }
  return best;
}

/** The authority with this URN, la code or ONS code. */
export function authorityByCode(code: string): Authority | undefined {
  return authorities.find((a) => a.urn === code || a.code === code || a.codeNew === code);
}
