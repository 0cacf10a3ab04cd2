// npm run eval:time-variants [-- --verbose] [-- --part=dev,check,...]: a robustness check of how the
// detector places earlier grades in time. Each labelled earlier grade of the paper set's tuning parts
// has its sentence rewritten (scripts/time-variants.ts: the date moved before or after the grade or
// into a lead-in sentence, written as a year, "the 2019 inspection", a past cue instead of the date,
// a chain of two dated grades); the rewritten document is detected again and, per rewrite, the script
// counts grades found with the date right and grades found only as the document's own inspection.
// The held-out parts are never read.
import { GRADE_SOURCE, normaliseGrade } from '../lib/detect/grades';
import { sentenceAround, yearOf } from '../lib/detect/text-util';
import type { JudgementMention } from '../lib/model/findings';
import type { PaperPart } from './eval-papers';
import { CLOSE, OPEN, TRANSFORMS, type Source } from './time-variants';
import { detectRewritten, TUNABLE_PARTS, tuningPapers } from './variants/tuning-papers';

const partArg = process.argv.find((a) => a.startsWith('--part='))?.slice('--part='.length);
const parts = partArg ? (partArg.split(',') as PaperPart[]) : TUNABLE_PARTS;
const verbose = process.argv.includes('--verbose');

interface Gold {
  judgements: { quote: string; grade: string; inspection: string | null; offset: number }[];
  discusses?: { date: string | null } | null;
}

interface Tally {
  n: number;
  right: number;
  asCurrent: number;
}

const fold = (d: string) => d.toLowerCase().replace(/\s+/g, ' ').trim();

/** Places of the marked grade words in `marked`, and the text without marks. */
function unmark(marked: string): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  let open = -1;
  for (const ch of marked) {
    if (ch === OPEN) open = text.length;
    else if (ch === CLOSE) spans.push({ start: open, end: text.length });
    else text += ch;
  }
  return { text, spans };
}

/** The labelled grade's sentence with the grade word marked, or null when the quote is not within one sentence. */
function sourceOf(text: string, g: Gold['judgements'][number]): { src: Source; start: number; end: number } | null {
  const s = sentenceAround(text, g.offset, g.offset + g.quote.length);
  if (s.start > g.offset || s.end < g.offset + g.quote.length) return null;
  const word = [...g.quote.matchAll(new RegExp(GRADE_SOURCE, 'gi'))].find(
    (m) => normaliseGrade(m[0]) === normaliseGrade(g.grade),
  );
  if (!word) return null;
  const at = g.offset + word.index - s.start;
  const own = text.slice(s.start, s.end);
  const sentence = own.slice(0, at) + OPEN + word[0] + CLOSE + own.slice(at + word[0].length);
  return { src: { sentence, inspection: g.inspection!, grade: g.grade }, start: s.start, end: s.end };
}

/** Was the grade at `span` found with the date `expect`, or only as the document's own? */
function judge(found: JudgementMention[], span: { start: number; end: number }, grade: string, expect: string) {
  const over = found.filter((d) => d.start < span.end && span.start < d.end && normaliseGrade(d.grade) === normaliseGrade(grade));
  return {
    right: over.some((d) => d.inspection !== null && fold(d.inspection) === fold(expect)),
    asCurrent: over.length > 0 && over.every((d) => d.inspection === null),
    got: over.map((d) => d.inspection ?? 'current').join('/') || 'nothing',
  };
}

function main(): void {
  const papers = tuningPapers<Gold>(parts);
  const tallies = new Map<string, Tally>(Object.keys(TRANSFORMS).map((k) => [k, { n: 0, right: 0, asCurrent: 0 }]));
  for (const { file, text, gold } of papers) {
    const discussedYear = yearOf(gold.discusses?.date ?? '');
    for (const g of gold.judgements.filter((j) => j.inspection !== null)) {
      const at = sourceOf(text, g);
      if (!at) continue;
      for (const [name, make] of Object.entries(TRANSFORMS)) {
        const v = make(at.src);
        // A rewrite whose date falls in the discussed inspection's year is no longer plainly earlier.
        if (!v || (discussedYear !== null && yearOf(v.expect) === discussedYear)) continue;
        const { text: sentence, spans } = unmark(v.sentence);
        const found = detectRewritten(text, at, sentence).judgements;
        const t = tallies.get(name)!;
        const checks = v.extra
          ? [
              [v.extra.grade, v.extra.expect],
              [g.grade, v.expect],
            ]
          : [[g.grade, v.expect]];
        checks.forEach(([grade, expect], i) => {
          const span = { start: at.start + spans[i]!.start, end: at.start + spans[i]!.end };
          const r = judge(found, span, grade!, expect!);
          t.n++;
          t.right += r.right ? 1 : 0;
          t.asCurrent += r.asCurrent ? 1 : 0;
          if (verbose && !r.right)
            console.log(`  MISS [${name}] want ${expect} got ${r.got} (${file}): ${sentence.replace(/\s+/g, ' ').slice(0, 200)}`);
        });
      }
    }
  }
  let all: Tally = { n: 0, right: 0, asCurrent: 0 };
  console.log(`time variants over parts ${parts.join(', ')}`);
  for (const [name, t] of tallies) {
    console.log(
      `  ${name.padEnd(30)} n ${String(t.n).padStart(3)}  date right R ${(t.right / Math.max(1, t.n)).toFixed(3)}  earlier as current ${t.asCurrent}`,
    );
    all = { n: all.n + t.n, right: all.right + t.right, asCurrent: all.asCurrent + t.asCurrent };
  }
  console.log(
    `  ${'ALL'.padEnd(30)} n ${String(all.n).padStart(3)}  date right R ${(all.right / Math.max(1, all.n)).toFixed(3)}  earlier as current ${all.asCurrent}`,
  );
}

main();
