// Where the grade words sit in a text, found with one scan and kept for every rule that needs one.
// A rule whose every match holds a grade word runs its pattern only over the stretches of text
// around them (a few per cent of a report) instead of over the whole text: a report's fifty such
// rules then cost a fraction of fifty passes over it.
import type { AnchorFilter } from './anchor-filters';
import { holdsNeededWord } from './needed-words';
import { anchorsOf, gradeWindows, type AnchorIndex } from './anchor-spans';

/**
 * How far a rule's match may reach from the grade word it holds, counted in characters with each
 * run of white space (however long: a page's blank gutter) counted as one: `before` from the
 * match's start (lookbehind included) to the grade word's start, `after` from the grade word's end
 * to the match's end (lookahead included).
 */
export interface Reach {
  before: number;
  after: number;
  /** only the grade words that pass can be held by a match (anchor-filters.ts); none: every one */
  keep?: AnchorFilter;
  /**
   * Words (lower case, plain letters) one of which every match holds, in any capitalisation
   * ("same" for "the same judgement as …"): a stretch holding none of them is not read
   * (needed-words.ts). Only words the match itself holds, not its lookarounds'.
   */
  needs?: readonly string[];
}

/**
 * A clause in prose: a subject of up to about 220 characters and a verb phrase before the grade
 * (judgement-prose.ts), a lookahead of a few words after it. Twice what the patterns allow.
 */
export const SENTENCE_REACH: Reach = { before: 400, after: 60 };

/** A subject or an inspection's name and date of up to about 370 characters before the grade (earlier-rules.ts). */
export const LONG_REACH: Reach = { before: 600, after: 60 };
/** An area phrase of up to 160 characters after the grade ("… ‘good’ for children in care …"). */
export const AREA_REACH: Reach = { before: 400, after: 240 };
/** A list of up to 400 characters after the grade ("… are Staffordshire, Gloucestershire, …"). */
export const LIST_REACH: Reach = { before: 400, after: 480 };

export { anchorIndex, anchorsOf, gradeWindows, type AnchorIndex } from './anchor-spans';

/**
 * Each line (between line feeds) that holds part of a grade phrase, once, in order: a flat list
 * start0, end0, start1, end1… (the end is the line feed's offset or the text's length). O(n).
 */
export function linesNearGrades(text: string): number[] {
  const { starts, ends } = anchorsOf(text);
  const out: number[] = [];
  let next = 0; // the first offset of a line not listed yet
  for (let i = 0; i < starts.length; i++) {
    for (let pos = Math.max(starts[i]!, next); pos < ends[i]!; pos = next) {
      const end = text.indexOf('\n', pos);
      out.push(text.lastIndexOf('\n', pos - 1) + 1, end < 0 ? text.length : end);
      next = out[out.length - 1]! + 1;
    }
  }
  return out;
}

let wholeText = false;

/**
 * The reference the windows must equal: with `true`, matchesNearGrades and matchesLedByGrades run
 * each pattern over the whole text (`text.matchAll`), as if no rule had a reach. For tests and
 * checks that a rule's reach and pre-filter lose none of its matches. Returns the previous setting.
 */
export function readWholeText(on: boolean): boolean {
  const was = wholeText;
  wholeText = on;
  return was;
}

/** Is readWholeText on? */
export const readsWholeText = (): boolean => wholeText;

const sticky = new WeakMap<RegExp, RegExp>();
const sliced = new WeakMap<RegExp, RegExp>();

function copyOf(store: WeakMap<RegExp, RegExp>, re: RegExp, flags: string): RegExp {
  let copy = store.get(re);
  if (!copy) store.set(re, (copy = new RegExp(re.source, flags)));
  return copy;
}

/**
 * The matches `text.matchAll(re)` gives, for a global `re` whose every match holds a grade word
 * (or an anchor of `index`) and stays within `reach` of it: the pattern is run over the windows
 * around the anchors only, and each match is taken from the whole text at its start, so groups,
 * lookbehind and `$` read the whole text. Time: the windows' length, not the text's.
 */
export function matchesNearGrades(text: string, re: RegExp, reach: Reach, index: AnchorIndex = anchorsOf): RegExpExecArray[] {
  if (wholeText) return [...text.matchAll(re)];
  const windows = gradeWindows(text, reach, index);
  const exact = copyOf(sticky, re, re.flags.replace('g', '') + 'y');
  const inSlice = copyOf(sliced, re, re.flags);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let w = 0; w < windows.length; w += 2) {
    const start = Math.max(from, windows[w]!);
    const end = windows[w + 1]!;
    if (start >= end) continue;
    // Context around the window for lookbehind, \b and lookahead; matches start inside it only.
    const sliceStart = Math.max(0, windows[w]! - 8);
    const sliceEnd = Math.min(text.length, end + 64);
    // Every match the slice gives holds a needed word: a slice with none gives no match.
    if (reach.needs && !holdsNeededWord(text, reach.needs, sliceStart, sliceEnd)) continue;
    // A window over the whole text (grade words everywhere): the slice's matches are the text's.
    const all = sliceStart === 0 && sliceEnd === text.length;
    const slice = all ? text : text.slice(sliceStart, sliceEnd);
    inSlice.lastIndex = start - sliceStart;
    for (let m = inSlice.exec(slice); m && sliceStart + m.index < end; m = inSlice.exec(slice)) {
      exact.lastIndex = sliceStart + m.index;
      const whole = all ? m : exact.exec(text);
      if (!whole) {
        // A false match made by the slice's edge: none starts here in the text; try the next offset.
        inSlice.lastIndex = m.index + 1;
        continue;
      }
      out.push(whole);
      from = whole.index + Math.max(1, whole[0].length);
      inSlice.lastIndex = from - sliceStart;
    }
  }
  return out;
}
