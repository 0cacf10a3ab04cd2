// The detector's one entry point: text in, document identity, judgements and recommendations out.
import { splitInlineBullets } from './inline-bullets';
import type { Findings, Recommendation } from '../model/findings';
import { detectDocument, ownInspectionYears } from './detect-document';
import { findCurrentConflicts, keepOneCurrentGrade, type GradeConflict } from './current-grades';
import { detectJudgements } from './detect-judgements';
import { detectListRecommendations, type RecommendationContext } from './detect-recommendations';
import { detectResolutions, detectSentenceRecommendations } from './detect-sentence-recommendations';
import { detectPaperRecommendations } from './paper-recommendations';
import { SpanIndex } from './span-index';
import { detectOtherKind } from './detect-other-kind';
import { applyVisitRules } from './visit-rules';
import { applyInspectoratePaperRules } from './inspectorate-papers';
import { normaliseConverterText } from './converter-text';

/**
 * A review's title or cover line names it: "Review of children's services in X", "Report for the
 * Secretary of State … Commissioner for Children's Services". Only a line of at most 150 characters
 * with no full stop counts (the cut last line is not read): a news item's sentence ("The inspection
 * includes a review of the early help service.", "A commissioner will be appointed.") is prose about
 * an inspection, and its restated recommendations are the inspection's, not a review's.
 */
const REVIEW_TITLE = /^(?![^\n]{151})[^.\n]*?\b(?:commissioner|review of|secretary of state)\b[^.\n]*$/im;

/** Is this an Ofsted report itself, a commissioner's or other review, or a council paper? */
function documentKind(text: string, framework: string | null): RecommendationContext['kind'] {
  const head = text.slice(0, 3000);
  if (/^(?:SIF|ILACS.*|other)$/.test(framework ?? '') && /Inspection dates?:/i.test(head)) return 'inspection';
  const title = text.slice(0, 800);
  if (REVIEW_TITLE.test(title.slice(0, title.lastIndexOf('\n') + 1)) && !/\b(?:cabinet|scrutiny|panel|committee)\b/i.test(title)) return 'review';
  return 'paper';
}

// Minutes and committee reports tell what was said: "Minutes", "RESOLVED", "Members noted", "the Committee".
const MINUTES =
  /\bminutes\b|\bresolved\b|\bmembers\s+(?:noted|asked|heard|were)\b|\bthe\s+committee\b|\bthe\s+(?:director|officer|chair)\s+(?:reported|informed|advised|explained)\b/i;

function byPosition<T extends { start: number }>(a: T, b: T): number {
  return a.start - b.start;
}

/** Drops sentence recommendations that repeat a list item's span. */
function mergeRecommendations(lists: Recommendation[], sentences: Recommendation[]): Recommendation[] {
  const items = new SpanIndex();
  for (const l of [...lists].sort(byPosition)) items.add(l);
  const extra = sentences.filter((s) => !items.overlaps(s));
  return [...lists, ...extra].sort(byPosition);
}

/** Detects everything Inspection Lens shows in a report or a paper about one. */
export function detectReport(text: string): Findings {
  return detectReportWithConflicts(text).findings;
}

/**
 * The findings, and the areas whose own-inspection mentions disagreed (the summary table's grade
 * is kept; the others are dropped from the findings and listed here for the evaluation).
 */
export function detectReportWithConflicts(raw: string): { findings: Findings; conflicts: GradeConflict[] } {
  const text = normaliseConverterText(raw);
  const document = detectDocument(text);
  // Reports of other kinds have their own scales: their rules replace the children's services ones.
  const own = detectOtherKind(text, document);
  if (own) return { findings: own, conflicts: [] };
  const kind = documentKind(text, document.framework);
  // An undated "was rated ‘good’" in a paper is about the inspection it discusses, if it names one authority.
  // A review (a commissioner's report) reads like a paper: the inspection it describes is the one it discusses.
  const notReport = document.kind === 'council paper' || document.kind === 'other' || document.kind === 'review';
  const paper = notReport && document.authority !== null;
  // Minutes and committee papers report in the past perfect ("noted that services had been judged good").
  const minutes = document.kind === 'council paper' && MINUTES.test(text.slice(0, 3000));
  const all = detectJudgements(text, ownInspectionYears(document), paper, notReport, minutes);
  // An Ofsted report grades each area once; a paper may quote several undated inspections.
  const conflicts = kind === 'inspection' ? findCurrentConflicts(all) : [];
  const judgements = keepOneCurrentGrade(all, conflicts);
  // A web page's "What needs to improve? ◼ A ◼ B" in one paragraph: its items on lines of their own (offsets kept).
  const lists = detectListRecommendations(splitInlineBullets(text), { kind });
  const sentences =
    kind === 'inspection'
      ? []
      : [
          ...detectSentenceRecommendations(text, kind === 'review' ? 'review' : 'committee'),
          ...(kind === 'paper' ? detectResolutions(text) : []),
        ];
  // Prose restatements and numbered resolutions, in papers only, where no other rule found them.
  if (kind === 'paper' && notReport) sentences.push(...detectPaperRecommendations(text, [...lists, ...sentences]));
  const findings = { document, judgements, recommendations: mergeRecommendations(lists, sentences) };
  return { findings: applyVisitRules(text, applyInspectoratePaperRules(text, findings)), conflicts };
}
