// Every offset where a pattern could start a match, found with one scan per text: a rule that tests
// a pattern on many overlapping stretches (each mention's sentence) asks first whether any such
// offset lies in its stretch, and runs the pattern only when one does.
import { firstAtOrAfter, perText } from './text-cache';

/**
 * For `prefixes` (alternatives that every match of some pattern starts with, as regex source), the
 * index of every offset of a text where one of them starts, overlapping ones included (a zero-width
 * lookahead tried at every offset: "likely" inside "unlikely"), in order. O(n) once per text.
 */
export function candidateStarts(prefixes: string, flags: string): (text: string) => Int32Array {
  const source = `(?=${prefixes})`;
  return perText((text) => {
    const at = new RegExp(source, flags.replace('g', '') + 'g');
    const out: number[] = [];
    for (let m = at.exec(text); m; m = at.exec(text)) {
      out.push(m.index);
      at.lastIndex = m.index + 1;
    }
    return Int32Array.from(out);
  });
}

/** Does `starts` (in order) hold an offset in [from, end)? Binary search. */
export function anyStartIn(starts: Int32Array, from: number, end: number): boolean {
  const i = firstAtOrAfter(starts, from);
  return i < starts.length && starts[i]! < end;
}
