import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceAround, type Span } from '../../../lib/detect/text-util';
import { sentenceBoundaries } from '../../../lib/detect/sentence-index';

// Issue 10, item 3: sentenceAround once scanned a 600-character window with a regex for every
// mention, so 40,000 short graded sentences cost 24 million characters of scanning. It now reads
// an index of sentence ends built once per text. This is the old window scan, kept as the
// reference the index must agree with exactly.
const SENTENCE_END = /[.!?](?=["'’”)]*\s+(?:["'‘“(]*[A-Z0-9]|$))|\n\s*\n|\t|^\s*[-•◼▪■●*]\s/gm;
function windowScan(text: string, start: number, end: number): Span {
  const windowStart = Math.max(0, start - 600);
  let sStart = windowStart;
  const before = text.slice(windowStart, start);
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(before); m; m = SENTENCE_END.exec(before)) {
    sStart = windowStart + m.index + m[0].length;
    if (m[0].length === 0) SENTENCE_END.lastIndex++;
  }
  const from = end > start && /[.!?]/.test(text[end - 1]!) ? end - 1 : end;
  const after = text.slice(from, from + 600);
  SENTENCE_END.lastIndex = 0;
  const next = SENTENCE_END.exec(after);
  const sEnd = next ? from + next.index + (/^[.!?]/.test(next[0]) ? 1 : 0) : Math.min(text.length, from + 600);
  while (sStart < start && /\s/.test(text[sStart]!)) sStart++;
  return { start: sStart, end: sEnd };
}

// A small alphabet of the characters the boundary pattern looks at, so odd neighbours meet often.
const ALPHABET = ['.', '?', ' ', ' ', '\n', '\t', 'A', 'a', 'b', '-', '•', '"', '”', '“', '(', ')', '9', 'x'];
// Mostly words, so sentences outrun the 600-character window and its edges are tested.
const SPARSE = [...ALPHABET, ...'abcdefghijklmnopqrstuvwxyz     '.repeat(12)];
function fuzzText(seed: number, length: number, alphabet = ALPHABET): string {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
}

describe('sentenceAround reads the sentence index exactly as the window scan read the text', () => {
  it('agrees on random texts of boundary characters at every offset', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const text = fuzzText(seed, 400 + seed * 37);
      for (let start = 0; start < text.length; start += 5)
        for (const len of [0, 1, 5, 40]) {
          const end = Math.min(text.length, start + len);
          expect(sentenceAround(text, start, end), `seed ${seed} at ${start}+${len}`).toEqual(windowScan(text, start, end));
        }
    }
  });

  it('agrees on random texts of long sentences at every offset', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const text = fuzzText(seed, 3000, SPARSE);
      for (let start = 0; start < text.length; start += 7)
        expect(sentenceAround(text, start, start + 3), `seed ${seed} at ${start}`).toEqual(windowScan(text, start, start + 3));
    }
  });

  it('agrees on sentences longer than the window', () => {
    const text = `Intro. ${'word '.repeat(400)}services were rated as good ${'more '.repeat(300)}end. Next`;
    for (let start = 0; start < text.length; start += 7)
      expect(sentenceAround(text, start, start + 4)).toEqual(windowScan(text, start, start + 4));
  });

  it('agrees on the seed reports at every grade word', () => {
    const dir = path.resolve(import.meta.dirname, '../../../../shared/eval/seeds');
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      for (const m of text.matchAll(/\b(?:good|outstanding|inadequate|requires? improvement|adequate)\b/gi))
        expect(sentenceAround(text, m.index, m.index + m[0].length), `${f} at ${m.index}`).toEqual(
          windowScan(text, m.index, m.index + m[0].length),
        );
    }
  });

  it('builds the index once per text', () => {
    const text = 'services were rated as good. '.repeat(100);
    expect(sentenceBoundaries(text)).toBe(sentenceBoundaries(text));
  });
});
