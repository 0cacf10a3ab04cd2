// Matches of rules whose pattern opens with its grade ("‘good’ for care leavers", "good-rated
// Gateshead"): such a match can only start at a grade word or a quotation mark before it, so the
// pattern is tried (anchored) at those few offsets only, never run over the text between them.
import { anchorsOf, readsWholeText, type AnchorIndex } from './anchor-index';

const anchored = new WeakMap<RegExp, RegExp>();

function stickyCopy(re: RegExp): RegExp {
  let copy = anchored.get(re);
  if (!copy) anchored.set(re, (copy = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return copy;
}

/**
 * The matches `text.matchAll(re)` gives, for a global `re` (never matching the empty string) whose
 * every match starts at most `lead` characters before a grade word it holds (an anchor of `index`).
 * Each offset from `lead` before an anchor to the anchor's end is tried once, in order (a grade
 * inside a longer anchor, "… to be good", starts there); a match found resumes after its end, as
 * matchAll does. Time: the anchors' lengths plus `lead` each, not the text's.
 */
export function matchesLedByGrades(text: string, re: RegExp, lead: number, index: AnchorIndex = anchorsOf): RegExpExecArray[] {
  if (readsWholeText()) return [...text.matchAll(re)];
  const { starts, ends } = index(text);
  const exact = stickyCopy(re);
  const out: RegExpExecArray[] = [];
  let next = 0; // the first offset not tried yet (or past the last match)
  for (let i = 0; i < starts.length; i++) {
    for (let at = Math.max(next, starts[i]! - lead); at < ends[i]!; at = Math.max(at + 1, next)) {
      exact.lastIndex = at;
      const m = exact.exec(text);
      next = at + 1;
      if (!m) continue;
      out.push(m);
      next = m.index + m[0].length;
    }
  }
  return out;
}
