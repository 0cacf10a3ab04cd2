// Recommendations written as sentences inside a "Recommendation" section of a review or paper:
// "My recommendation is to …", "the DFE should receive …".
import type { Recommendation, RecommendationSource } from '../model/findings';
import { headingRules, isHeadingLike } from './recommendation-rules';
import { paragraphsOf } from './paragraph-spans';

const RECOMMENDATION_SECTION = headingRules.find((r) => r.id === 'recommendations-heading')!.pattern;
// Each runs to the sentence's first stop; a sentence start is checked in code (sentenceStartsAt), so
// no blank is looked back over from every position of a long run.
const MY_RECOMMENDATION = /\b(?:My|Our|The) (?:main |key )?recommendations? (?:is|are|would be) [^.!?\n]/g;
const SHOULD_CLAUSE =
  /\b(?:the|The) (?:[A-Z]{2,6}|Council|Department|local authority|Secretary of State)\s+should\s+[a-z][^.!?\n]/g;
const STOP = /[.!?\n]/g;

/** At a paragraph's start, or after a sentence's stop and white space. */
function sentenceStartsAt(para: string, index: number): boolean {
  let i = index;
  while (i > 0 && /\s/.test(para[i - 1]!)) i--;
  return index === 0 || (i < index && i > 0 && /[.!?]/.test(para[i - 1]!));
}

/**
 * The clauses `head` opens in `para`, each running to the first "." "!" or "?" after its head (none
 * when a line end or the paragraph's end comes first). The next stop is found once and reused by
 * every head before it, so a paragraph of unfinished clauses is read once, not once per clause.
 */
function clauses(para: string, head: RegExp, atSentenceStart: boolean): { index: number; end: number }[] {
  const out: { index: number; end: number }[] = [];
  let stop = -1;
  head.lastIndex = 0;
  for (let m = head.exec(para); m; m = head.exec(para)) {
    const from = head.lastIndex;
    if (stop < from) {
      STOP.lastIndex = from;
      stop = STOP.exec(para)?.index ?? para.length;
    }
    if (stop === para.length || para[stop] === '\n') continue;
    if (atSentenceStart && !sentenceStartsAt(para, m.index)) continue;
    out.push({ index: m.index, end: stop + 1 });
    head.lastIndex = stop + 1;
  }
  return out;
}

// Minutes record the committee's decision after "RESOLVED –", "Decision:" or "It was moved, seconded and".
const RESOLVED =
  /^[ \t]*(?:RESOLVED|Resolved|DECISION|Decision|AGREED|It was moved,? seconded and(?: agreed| resolved)?)\b[ \t]*[:–—-]?[ \t]*\n?[ \t\n]*(That\b[^\n]{10,600})/gim;

/** The committee's own resolutions in minutes: "RESOLVED – That the report be noted." */
export function detectResolutions(text: string): Recommendation[] {
  return [...text.matchAll(RESOLVED)].map((m) => {
    const quote = m[1]!.trimEnd();
    const start = m.index + m[0].length - m[1]!.length;
    return {
      ruleId: 'resolved',
      quote,
      start,
      end: start + quote.length,
      deadline: deadlineIn(quote),
      source: 'committee' as const,
      section: null,
    };
  });
}

/** Sentence-form recommendations in sections headed "Recommendation(s)". */
export function detectSentenceRecommendations(text: string, source: RecommendationSource): Recommendation[] {
  const out: Recommendation[] = [];
  let inSection = false;
  for (const p of paragraphsOf(text)) {
    const para = p.text;
    if (para.trim() === '') continue; // blanks alone neither open, close nor hold a section
    if (RECOMMENDATION_SECTION.test(para.trim().replace(/^\*\*|\*\*$/g, ''))) {
      inSection = true;
      continue;
    }
    if (isHeadingLike(para) && para.trim().length < 80 && !/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(para.trim())) inSection = false;
    if (!inSection) continue;
    const mine = clauses(para, MY_RECOMMENDATION, true);
    // A "should" clause inside a "My recommendation is …" sentence is part of it. Both lists run in
    // order of position and `mine` never overlap, so one pointer finds the sentence that may hold it.
    let k = 0;
    const should = clauses(para, SHOULD_CLAUSE, false).filter((c) => {
      while (k < mine.length && mine[k]!.end < c.end) k++;
      return !(k < mine.length && mine[k]!.index <= c.index);
    });
    for (const [ruleId, found] of [
      ['my-recommendation', mine],
      ['should-clause', should],
    ] as const) {
      for (const c of found) {
        const quote = para.slice(c.index, c.end);
        const start = p.index + c.index;
        out.push({ ruleId, quote, start, end: start + quote.length, deadline: deadlineIn(quote), source, section: null });
      }
    }
  }
  return out;
}

function deadlineIn(s: string): string | null {
  return /within [a-z0-9, ]+months?/i.exec(s)?.[0] ?? null;
}
