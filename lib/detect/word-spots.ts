// Where given words stand in a text, in any capitalisation and even inside longer words, from the
// text's lower-case copy. Every word asked for is remembered: a text is read once for all the words
// known when it is first asked about (one pass, each offset's first four letters looked up), and a
// word first asked for later is found with indexOf on that text and read in the pass of the next.
import { firstAtOrAfter, perText } from './text-cache';

interface Spots {
  /** the text in lower case, or null when lower-casing changes its length (offsets would not agree) */
  lower: string | null;
  /** each word's start offsets, in order; a word missing here was not known at the pass */
  starts: Map<string, Int32Array>;
  read: boolean;
  /** the stretches [start, end) the pass reads, a flat list; null: the whole text */
  cover: number[] | null;
}

/** Every word asked for so far whose first four characters are ASCII: the pass reads these. */
const known = new Set<string>();

const spotsOf = perText((text): Spots => {
  const lower = text.toLowerCase();
  return { lower: lower.length === text.length ? lower : null, starts: new Map(), read: false, cover: null };
});

/** The four ASCII codes at `at` as one number, or -1 when one is not ASCII. */
function keyAt(s: string, at: number): number {
  const a = s.charCodeAt(at);
  const b = s.charCodeAt(at + 1);
  const c = s.charCodeAt(at + 2);
  const d = s.charCodeAt(at + 3);
  return (a | b | c | d) < 128 ? a | (b << 7) | (c << 14) | (d << 21) : -1;
}

interface Lookup {
  size: number;
  /** the known words by their first four codes */
  byKey: Map<number, string[]>;
  /** the words' first three codes (7 bits each), so most offsets stop there */
  triples: Uint8Array;
}

let lookup: Lookup = { size: -1, byKey: new Map(), triples: new Uint8Array(0) };

/** The lookup tables of the known words, rebuilt only when a word has been added. */
function lookupOfKnown(): Lookup {
  if (lookup.size === known.size) return lookup;
  const byKey = new Map<number, string[]>();
  const triples = new Uint8Array(1 << 21);
  for (const word of known) {
    const key = keyAt(word, 0);
    byKey.set(key, [...(byKey.get(key) ?? []), word]);
    triples[key & 0x1fffff] = 1;
  }
  return (lookup = { size: known.size, byKey, triples });
}

/** One pass over `lower` finding every offset where a known word starts (overlapping ones too). O(n). */
function readKnownWords(lower: string, starts: Map<string, Int32Array>, cover: number[]): void {
  const { byKey, triples } = lookupOfKnown();
  const found = new Map<string, number[]>([...known].map((w) => [w, []]));
  for (let r = 0; r < cover.length; r += 2) {
    // Each offset's four codes, rolled on by one code a step: one character read per offset.
    const end = Math.min(cover[r + 1]!, lower.length - 3);
    let at = cover[r]!;
    let a = lower.charCodeAt(at);
    let b = lower.charCodeAt(at + 1);
    let c = lower.charCodeAt(at + 2);
    for (; at < end; at++) {
      const d = lower.charCodeAt(at + 3);
      if ((a | b | c | d) < 128 && triples[a | (b << 7) | (c << 14)] === 1) {
        const words = byKey.get(a | (b << 7) | (c << 14) | (d << 21));
        if (words) for (const word of words) if (word.length === 4 || lower.startsWith(word, at)) found.get(word)!.push(at);
      }
      a = b;
      b = c;
      c = d;
    }
  }
  for (const [word, offsets] of found) starts.set(word, Int32Array.from(offsets));
}

/** Every offset where `word` (lower case) starts in `text`, overlapping ones included; null when unknown. */
function startsOf(spots: Spots, word: string): Int32Array | null {
  if (spots.lower === null) return null;
  let starts = spots.starts.get(word);
  if (starts) return starts;
  const ascii = word.length >= 4 && keyAt(word, 0) >= 0;
  if (ascii) known.add(word);
  if (!spots.read && ascii) {
    spots.read = true;
    readKnownWords(spots.lower, spots.starts, spots.cover ?? [0, spots.lower.length]);
    return spots.starts.get(word)!;
  }
  const out: number[] = [];
  for (let at = spots.lower.indexOf(word); at >= 0; at = spots.lower.indexOf(word, at + 1)) out.push(at);
  spots.starts.set(word, (starts = Int32Array.from(out)));
  return starts;
}

/** Is [from, to) inside one stretch of `cover` (flat, in order)? Binary search. */
function covered(cover: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = cover.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cover[2 * mid + 1]! < to) lo = mid + 1;
    else hi = mid;
  }
  return lo < cover.length / 2 && cover[2 * lo]! <= from;
}

/**
 * Does one of `words` (lower case) lie wholly in text[from, to), in any capitalisation? `true` too
 * when that cannot be told (lower-casing changed the text's length, or [from, to) is not inside
 * `cover`): a superset of the answer. `cover` (merged stretches [start, end), a flat list), given at
 * a text's first question, is all its pass reads (the stretches around its grade words). O(log n).
 */
export function anyWordIn(text: string, words: readonly string[], from: number, to: number, cover?: number[]): boolean {
  const spots = spotsOf(text);
  if (!spots.read && cover) spots.cover = cover;
  if (spots.cover && !covered(spots.cover, from, to)) return true;
  for (const word of words) {
    const starts = startsOf(spots, word);
    if (!starts) return true;
    const i = firstAtOrAfter(starts, from);
    if (i < starts.length && starts[i]! + word.length <= to) return true;
  }
  return false;
}
