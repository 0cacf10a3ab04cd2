// The words a pattern cannot match without: read once from its source, so a rule run around grade
// words skips those with none of its words in reach (anchor-spans.ts) without any rule listing them.
// "the same judgement as in 2014" needs "same" and one of "judgement", "judgment", "grade", …: a
// grade word with neither near it cannot hold a match.

/** What one part of a pattern tells: every string it can match (when few), and words it cannot match without. */
interface Need {
  /** every string the part matches, lower case, when there are at most MAX_STRINGS; null otherwise */
  exact: string[] | null;
  /** each set lists words (lower case) one of which every match of the part holds */
  all: string[][];
}

const MAX_STRINGS = 24;
const NOTHING: Need = { exact: [''], all: [] };
const ANY: Need = { exact: null, all: [] };

/** Product of two string sets, or null when it would be too large. */
function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_STRINGS) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/** The exact strings of a part as a set of words (null when one is empty: nothing needed). */
const asWords = (exact: string[]): string[] | null => (exact.some((s) => s === '') ? null : exact);

class Reader {
  private i = 0;
  constructor(
    private readonly source: string,
    private readonly fold: (s: string) => string,
  ) {}

  /** The whole source; throws on syntax it does not know (the caller then needs nothing). */
  read(): Need {
    const need = this.alternation();
    if (this.i !== this.source.length) throw new Error('unread');
    return need;
  }

  private alternation(): Need {
    const branches = [this.sequence()];
    while (this.source[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const strings = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact!))] : null;
    // One word of each branch's best set: every match holds one of them.
    const words: string[] = [];
    for (const b of branches) {
      const best = bestSet(b);
      if (!best) return { exact: strings && strings.length <= MAX_STRINGS ? strings : null, all: [] };
      words.push(...best);
    }
    return { exact: strings && strings.length <= MAX_STRINGS ? strings : null, all: [[...new Set(words)]] };
  }

  private sequence(): Need {
    const all: string[][] = [];
    let run: string[] | null = ['']; // the exact strings of the parts read since the last inexact one
    let whole: string[] | null = [''];
    const close = () => {
      const words = run && asWords(run);
      if (words) all.push(words);
      run = [''];
    };
    while (this.i < this.source.length && this.source[this.i] !== '|' && this.source[this.i] !== ')') {
      const part = this.quantified(this.atom());
      all.push(...part.all);
      whole = whole && part.exact ? product(whole, part.exact) : null;
      if (part.exact) {
        const joined: string[] | null = run && product(run, part.exact);
        if (!joined) {
          close();
          run = part.exact;
        } else run = joined;
      } else close();
    }
    close();
    return { exact: whole, all };
  }

  private quantified(atom: Need): Need {
    const c = this.source[this.i];
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(this.source.slice(this.i))) {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.i))!;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
    } else return atom;
    if (this.source[this.i] === '?') this.i++; // lazy: the same strings
    if (min === 0 && max === 1 && atom.exact) return { exact: [...new Set(['', ...atom.exact])], all: [] };
    if (min === 0) return max === 0 ? NOTHING : ANY;
    // At least once: whatever the part needs, every match needs.
    const all = [...atom.all];
    const words = atom.exact && asWords(atom.exact);
    if (words) all.push(words);
    return { exact: min === 1 && max === 1 ? atom.exact : null, all };
  }

  private atom(): Need {
    const s = this.source;
    const c = s[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') {
      this.i++;
      return NOTHING;
    }
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if ('*+?{}]'.includes(c)) throw new Error('syntax');
    this.i++;
    return { exact: [this.fold(c)], all: [] };
  }

  private group(): Need {
    const s = this.source;
    this.i++;
    let look = false;
    if (s.startsWith('?:', this.i)) this.i += 2;
    else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) {
      this.i += 2;
      look = true;
    } else if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) {
      this.i += 3;
      look = true;
    }
    else if (s.startsWith('?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
    else if (s[this.i] === '?') throw new Error('syntax');
    const inner = this.alternation();
    if (s[this.i] !== ')') throw new Error('syntax');
    this.i++;
    // A lookaround reads outside the match (or denies): it adds nothing the match must hold.
    return look ? NOTHING : inner;
  }

  private escape(): Need {
    const s = this.source;
    const c = s[this.i + 1];
    if (c === undefined) throw new Error('syntax');
    this.i += 2;
    if (c === 'b' || c === 'B') return NOTHING;
    if ('dDwWsS'.includes(c)) return ANY;
    const control: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };
    if (control[c]) return { exact: [control[c]], all: [] };
    if (c === 'u' || c === 'x' || c === 'c' || c === 'k' || c === 'p' || c === 'P' || /\d/.test(c)) throw new Error('syntax');
    return { exact: [this.fold(c)], all: [] };
  }

  /** A class of a few listed characters gives them; a range or a negated class gives anything. */
  private characterClass(): Need {
    const s = this.source;
    const end = closingBracket(s, this.i);
    const body = s.slice(this.i + 1, end);
    this.i = end + 1;
    if (body.startsWith('^') || body.includes('-') || body.includes('\\') || body.length > 6) return ANY;
    return { exact: [...new Set([...body].map(this.fold))], all: [] };
  }
}

function closingBracket(s: string, open: number): number {
  for (let k = open + 1; k < s.length; k++) {
    if (s[k] === '\\') k++;
    else if (s[k] === ']' && k > open + 1) return k;
  }
  throw new Error('syntax');
}

/** The most telling set of a part: its words' shortest is longest (a long word is rarer). */
function bestSet(need: Need): string[] | null {
  const sets = need.exact && asWords(need.exact) ? [...need.all, need.exact] : need.all;
  let best: string[] | null = null;
  for (const set of sets) if (!best || shortest(set) > shortest(best)) best = set;
  return best;
}

const shortest = (set: string[]) => Math.min(...set.map((w) => w.length));

/** Shorter words stand almost everywhere: they would rule out no grade word. */
const MIN_WORD = 4;

/**
 * Sets of words (lower case), each of which every match of `re` holds one of, read from its source:
 * the `limit` sets whose shortest word is longest, each word at least MIN_WORD characters, letters
 * compared in lower case whatever the flags (so the words over-approximate, never miss). Lookarounds,
 * optional parts and character ranges add nothing; syntax not understood gives no sets.
 */
export function requiredWords(re: RegExp, limit = 2): string[][] {
  if (/[uv]/.test(re.flags)) return [];
  let need: Need;
  try {
    need = new Reader(re.source, (c) => c.toLowerCase()).read();
  } catch {
    return [];
  }
  const sets = need.exact && asWords(need.exact) ? [...need.all, need.exact] : need.all;
  const distinct = new Map(sets.map((set) => [...new Set(set)].sort()).map((set) => [set.join('|'), set]));
  return [...distinct.values()]
    .filter((set) => shortest(set) >= MIN_WORD)
    .sort((a, b) => shortest(b) - shortest(a) || a.length - b.length)
    .slice(0, limit);
}
