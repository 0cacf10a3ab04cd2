// Runs the judgement rules, drops hypotheticals, ties each mention to its inspection and merges repeats.
import type { JudgementMention } from '../model/findings';
import { AREA_WORDS, areaKeyOf, type AreaKey } from './areas';
import { datedInspectionRules } from './dated-inspection-rules';
import { earlierJudgementRules } from './earlier-rules';
import { normaliseGrade, rankGrade } from './grades';
import { inScaleRun, lastGradeIn } from './scale-runs';
import { proseJudgementRules } from './judgement-prose';
import { gutterToTab } from './gutter-to-tab';
import { newsAreaRules } from './news-area-rules';
import { committeeJudgementRules } from './committee-rules';
import { newsChangeRules } from './news-change-rules';
import { inspectionOf, sentenceOf, type Context } from './mention-inspection';
import { toldAsNews } from './present-perfect';
import { newsJudgementRules } from './news-rules';
import { paperJudgementRules } from './paper-rules';
import { restatementJudgementRules } from './restatement-rules';
import { areaRestatementRules } from './area-restatements';
import { structuralJudgementRules, type JudgementRule, type RawJudgement } from './judgement-rules';
import { findHeadings } from './past-context';
import { mergeRepeats } from './merge-repeats';
import { yearColumnRules } from './year-column-rules';
import { judgementOfDateRules } from './judgement-of-date-rules';
import { headlineRules } from './headline-rules';
import { objectGradeRules } from './object-grade-rules';
import { partGradeRules } from './part-grade-rules';
import { anaphoraRules } from './anaphora-rules';
import { severalAreaRules } from './several-area-rules';
import { paperSubjectRules } from './paper-subject-rules';
import { capacityRules } from './capacity-rules';
import { datedJourneyRules } from './dated-journey';
import { servicesRequireRules } from './services-require-rules';
import { improvementNeededRules } from './improvement-needed-rules';
import { paperListRules } from './paper-list-rules';
import { leadInAreaListRules } from './lead-in-area-list';
import { paperSpeakerRules } from './paper-speaker-rules';
import { yearOf } from './text-util';
import { dateAfterGrade, dateAfterOwnGrade, dateInRatingClause } from './date-after-grade';
import { anyStartIn, candidateStarts } from './candidate-starts';
import { areasOfYear } from './framework-areas';
import { earlierSummaryRules } from './earlier-summary-rules';
import { earlierClauseRules } from './earlier-clause-rules';
import { gradeListRules } from './grade-list-rules';
import { historyListRules } from './history-list-rules';
import { repeatedDates } from './repeated-dates';
import { findSentenceGrades, sentenceGradeRules } from './sentence-grade-rule';
import { SpanIndex } from './span-index';
import { serviceReferredBack } from './earlier-areas';
import { withAreasAfterFor, withoutPaperFalseFriends } from './paper-mention-guards';
import { carryEarlierDates } from './paragraph-carry';
import { withoutFutureAims } from './future-aims';
import { repeatedGrades } from './repeat-grades';

// Headline and news wording, read only outside Ofsted's own reports.
const paperOnlyRules = [
  ...[...newsJudgementRules, ...newsChangeRules, ...newsAreaRules, ...committeeJudgementRules, ...headlineRules],
  ...[
    ...objectGradeRules,
    ...partGradeRules,
    ...anaphoraRules,
    ...severalAreaRules,
    ...paperSubjectRules,
    ...capacityRules,
    ...improvementNeededRules,
    ...datedJourneyRules,
    ...servicesRequireRules,
    ...paperListRules,
    ...leadInAreaListRules,
    ...paperSpeakerRules,
    ...earlierClauseRules,
    ...gradeListRules,
    ...historyListRules,
    ...sentenceGradeRules,
  ],
];
const PAPER_ONLY_RULES = new Set(paperOnlyRules.map((r) => r.id));

export const judgementRules: JudgementRule[] = [
  ...[...structuralJudgementRules, ...restatementJudgementRules, ...areaRestatementRules, ...proseJudgementRules],
  ...paperJudgementRules,
  ...paperOnlyRules,
  ...[...earlierJudgementRules, ...datedInspectionRules, ...earlierSummaryRules, ...yearColumnRules, ...judgementOfDateRules],
];

// An Ofsted report's own text never runs the headline and news rules: their mentions would be dropped.
const reportRules = judgementRules.filter((r) => !PAPER_ONLY_RULES.has(r.id));

// A grade in a clause like these is a hope, a hypothesis, a condition ("subject to a satisfactory inspection") or a denial, not a judgement
// ("I would like to congratulate the council on its ‘good’ rating" is a courtesy, not a hypothesis;
// "ambition and prioritisation" is a SIF judgement, not an aim).
const NOT_A_JUDGEMENT =
  /\b(?:not|n[’']t|never|would(?!\s+like\s+to\s+(?:congratulate|thank|praise|welcome|pay|recognise|acknowledge|commend)\b)|could|might|(?<!\b(?:in|of|since|until|from|early|late|mid|last|next)\s)may(?!\s+(?:in\s+)?(?:19|20)\d\d)|likely|unlikely|if|where|whether|unless|aims?|ambition(?!\s+and\s+prioriti[sz]ation)|aspir\w*|strive|hope\w*|getting to|towards|ensur\w*|so that|in order to|subject to|expect\w*|predict\w*|target)\b|\?/i;

// Where a NOT_A_JUDGEMENT match could start: the first letters of each of its words, or "?".
const NOT_A_JUDGEMENT_STARTS = candidateStarts(
  "not|n[’']t|never|would|could|might|may|likely|unlikely|if|where|whether|unless|aim|ambition|aspir|strive|hope|getting to|towards|ensur|so that|in order to|subject to|expect|predict|target|\\?",
  'i',
);

const DENSE = 2000;

// Shapes that hold their own clause: "but not enough to lift the rating it received then of …" denies the lift.
const OWN_CLAUSE_RULES = new Set(['judged-then', 'rating-of-quoted', 'improved-to']);
// "… will not stand still after Ofsted inspectors rated …": a clause of what happened, with its own subject.
const NEW_CLAUSE = /,?\s(?:and|but)\s+(?=[A-Z][a-z])|\s(?:after|since|because)\s+(?=(?:Ofsted|inspectors|the\s+inspectorate)\b)/g;
// Every NEW_CLAUSE match holds one of these words: a sentence without them is not scanned.
const NEW_CLAUSE_WORDS = ['and', 'but', 'after', 'since', 'because'];
// Clause shapes whose own words are fixed ("the last inspection in 2018 where it was rated …"): only the words before them can deny.
const FRAMED_RULES = new Set([...earlierClauseRules, ...gradeListRules].map((r) => r.id));
const BUILD_ON = /\bbuild(?:ing)?\s+on\s+(?:the|its|our|this|their)\s+(?:successful\s+|recent\s+)?/i;

// Area names repeat (every table row of one area), so each is mapped to its key once.
const areaKeys = new Map<string, AreaKey>();
function cachedAreaKey(area: string): AreaKey {
  if (areaKeys.size > 5000) areaKeys.clear();
  const key = areaKeys.get(area) ?? areaKeyOf(area);
  areaKeys.set(area, key);
  return key;
}

function isHypothetical(text: string, j: RawJudgement, starts: Int32Array | null): boolean {
  if (!j.prose) return false;
  // Earlier-inspection shapes quote their own clause: "Progress has not been sustained since Ofsted
  // judged …" denies the progress, not the judgement.
  const lead = j.inspection || OWN_CLAUSE_RULES.has(j.ruleId) ? j.start : sentenceOf(text, j).start;
  // "it did not start … until 2017 and Ofsted rated services as inadequate": a new clause, its own subject.
  let from = lead;
  const clause = text.slice(lead, j.start);
  if (NEW_CLAUSE_WORDS.some((w) => clause.includes(w)))
    for (const c of clause.matchAll(NEW_CLAUSE)) from = lead + c.index + c[0].length;
  // "The visit would focus on permanence (which was a factor in its inadequate grading …)": an aside states its own fact.
  const aside = clause.lastIndexOf('(');
  if (aside >= 0 && !clause.includes(')', aside)) from = Math.max(from, lead + aside + 1);
  // No word of NOT_A_JUDGEMENT starts in the stretch: nothing to test (dense graded text, one long sentence).
  const to = FRAMED_RULES.has(j.ruleId) ? j.start : j.end;
  if (starts && !anyStartIn(starts, from, to)) return false;
  // "our ambition to build on the successful ‘Good’ grading": the aim is to go further, the grade was given.
  const builtOn = BUILD_ON.exec(text.slice(from, to));
  return NOT_A_JUDGEMENT.test(text.slice(builtOn ? from + builtOn.index + builtOn[0].length : from, to));
}

/** Is the prose mention's last grade word part of the scale written out ("from inadequate, to requires improvement, to good …")?
 * `dense`: the mentions' stretches add up to more than the text (read from one index of its grade words). */
function scaleListed(text: string, j: RawJudgement, dense: boolean): boolean {
  const last = lastGradeIn(text, j.start, j.end, dense);
  return last !== null && inScaleRun(text, last.start, last.end);
}

/**
 * The date a paper writes right after the mention's grade ("… in 2017", "the ‘inadequate’ rating
 * awarded in 2012"), unless it is later than the inspection the paper discusses (a target or a meeting).
 */
function ownDate(ctx: Context, j: RawJudgement): string | undefined {
  const date =
    dateAfterGrade(ctx.text, j.end) ??
    dateAfterOwnGrade(ctx.text, j.start, j.end, normaliseGrade(j.grade)) ??
    // "have been judged to be good after the arrival of a director in May 2019": that date is the arrival's.
    (toldAsNews(ctx.text, sentenceOf(ctx.text, j).start, j) ? undefined : dateInRatingClause(ctx.text, j.end));
  const year = yearOf(date ?? '') ?? 0;
  return date && !(ctx.ownYears.size > 0 && year > Math.max(...ctx.ownYears)) ? date : undefined;
}

function toMentions(ctx: Context, j: RawJudgement): JudgementMention[] {
  const area = j.area === '' ? 'overall' : j.area;
  // In papers and news a date right after the grade is its own: "rated services as inadequate once again in 2018".
  const dated = j.dated ?? (ctx.notReport && j.prose && !j.inspection && !j.current ? ownDate(ctx, j) : undefined);
  const inspection = dated ? (ctx.ownYears.has(yearOf(dated) ?? -1) ? null : dated) : inspectionOf(ctx, j);
  // The earlier-only rules speak of an earlier inspection or of nothing.
  // An undated one is kept only in a paper, and not for "the local authority" in general (framework briefings).
  // Headline and news wording is read only outside Ofsted's own reports.
  if (PAPER_ONLY_RULES.has(j.ruleId) && !ctx.notReport) return [];
  if (inspection === null && j.ruleId === 'judged-then' && (!ctx.paper || /^the local authority$/.test(j.area))) return [];
  const keys = j.allAreas ? areasOfYear(yearOf(inspection ?? '')) : [j.areaKey ?? cachedAreaKey(area)];
  return keys.map((areaKey) => ({
    ruleId: j.ruleId,
    area: j.allAreas ? areaKey : area,
    areaKey,
    grade: j.grade,
    rank: rankGrade(j.grade),
    inspection,
    quote: ctx.text.slice(j.start, j.end),
    start: j.start,
    end: j.end,
  }));
}

// The broad sentence rule (sentence-grade-rule.ts) speaks only where no phrase-shaped rule read the grade.
const FALLBACK_RULES = new Set(sentenceGradeRules.map((r) => r.id));

/** The other rules' mentions, then the broad rule's for the grade words none of them overlaps. O(n log n). */
function withFallbacks(text: string, rules: JudgementRule[], paper: boolean): RawJudgement[] {
  const found = rules.filter((r) => !FALLBACK_RULES.has(r.id)).flatMap((rule) => rule.find(text));
  if (!rules.some((r) => FALLBACK_RULES.has(r.id))) return found;
  // Papers only (the broad rule is a paper rule): false friends dropped first, so it may read their grade words.
  const raw = withoutPaperFalseFriends(text, found);
  const others = new SpanIndex();
  // An undated "judged" clause is dropped where the paper names no one authority (toMentions): it reads no grade for the broad rule.
  const kept = paper ? raw : raw.filter((j) => j.ruleId !== 'judged-then' || j.inspection || j.dated);
  for (const j of [...kept].sort((a, b) => a.start - b.start)) others.add(j);
  return [
    ...raw,
    ...withoutPaperFalseFriends(
      text,
      findSentenceGrades(text, (start, end) => others.overlaps({ start, end })),
    ),
  ];
}

/**
 * "Services for care leavers have improved since the last inspection, when the service was judged
 * inadequate": a whole-service mention opening with "the service" in a past clause is the grade of the
 * one area its sentence named before (earlier-areas.ts), whichever rule read it.
 */
function withAreaReferredBack(text: string, j: RawJudgement): RawJudgement {
  if ((j.areaKey ?? (j.area === 'overall' ? 'overall' : null)) !== 'overall' && !/^the\s+services?$/i.test(j.area)) return j;
  const named = serviceReferredBack(text, j.start);
  return named ? { ...j, area: named.area, areaKey: named.key } : j;
}

/** Every judgement mention in the text, in document order. */
export function detectJudgements(
  text: string,
  ownYears: Set<number> = new Set(),
  paper = false,
  notReport = paper,
  minutes = false,
): JudgementMention[] {
  const ctx: Context = {
    text,
    ownYears,
    paper,
    notReport,
    minutes,
    headings: findHeadings(text),
    read: new Map(),
    clauses: new Map(),
    line: { start: -1, end: -1 },
  };
  const cells = gutterToTab(text);
  const read = withFallbacks(cells, notReport ? judgementRules : reportRules, paper);
  const raw = (notReport ? withAreasAfterFor(cells, read) : read).map((j) => withAreaReferredBack(cells, j));
  // The index of hypothetical words pays for its scan only where mentions are dense (one every 2,000
  // characters or more); elsewhere each mention's stretch is read directly, with the same answer.
  const starts = raw.length * DENSE > text.length ? NOT_A_JUDGEMENT_STARTS(text) : null;
  const spans = raw.reduce((sum, j) => sum + (j.prose ? j.end - j.start : 0), 0);
  const kept = raw.filter(
    (j) =>
      (j.area === 'overall' || j.areaKey || j.allAreas || AREA_WORDS.test(j.area)) &&
      !isHypothetical(text, j, starts) &&
      !(j.prose && scaleListed(text, j, spans > text.length)),
  );
  const found = kept.flatMap((j) => toMentions(ctx, j));
  // In a paper, an undated past grade goes on about the earlier inspection the sentence before dated.
  const mentions = notReport ? carryEarlierDates(text, found) : found;
  // A later grade of a dated history takes its own date: the discussed inspection's is the document's own.
  const newest = ownYears.size ? Math.max(...ownYears) : Infinity;
  const later = repeatedDates(text, mentions, (d) => ownYears.has(yearOf(d) ?? -1)).filter(
    (m) => (yearOf(m.inspection ?? '') ?? 0) <= newest,
  );
  const repeated = notReport ? repeatedGrades(text, mentions) : [];
  const all = mergeRepeats([...mentions, ...later, ...repeated]);
  // "Our aim: leaders rated outstanding in 2030": a grade dated in the document's future is a hope.
  return notReport ? withoutFutureAims(text, all) : all;
}
