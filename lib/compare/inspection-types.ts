// The shapes of one authority's history of inspections (events, not documents), the moves between
// them, and the links between recommendations of successive inspections. Pure data: the side panel,
// the briefing and the command line all render these.
import type { DocumentInfo, JudgementMention, Recommendation } from '../model/findings';
import type { CompareKey } from './compare-areas';
import type { UnplacedGrade } from './unplaced-grades';

/** Children's services inspection frameworks whose grades line up in one history (FRAMEWORKS.md):
 * SLAC 2009–12, the 2012–13 interim inspections of arrangements for the protection of children (CP)
 * and of looked after children services (LAC), SIF Nov 2013–2017, ILACS 2018 on, and the 2009–11
 * children's services assessment. */
export type FrameworkFamily = 'SLAC' | 'CP' | 'LAC' | 'SIF' | 'ILACS' | 'CSA';

/** A span of months, each counted as year × 12 + month (0 = January), both ends included. */
export interface MonthSpan {
  from: number;
  to: number;
}

/** What comparison needs of a document: a stored report, a paper, or a file on the command line.
 * `document` may also carry the detector's `kind` and `discusses` (read when present). */
export interface SourceDocument {
  /** stable id: the store's report id, or the file name on the command line */
  id: string;
  /** how a councillor names it: "Dudley cabinet, January 2012", or the file name */
  title: string;
  document: DocumentInfo;
  judgements: JudgementMention[];
  recommendations: Recommendation[];
}

/** One area's grade for one inspection, and where it comes from. */
export interface AreaGrade {
  /** the scale word in lower case ("requires improvement") */
  grade: string;
  /** 1 (best) to 4 */
  rank: number;
  /** the document it was read from */
  sourceId: string;
  quote: string;
  /** true when a later document states it (the inspection's own report does not give it here) */
  reported: boolean;
  /** the title of the document that states it, for a reported grade; null for the report's own */
  reportedBy: string | null;
}

/** A recommendation of an inspection (or of a review that followed it), with where it was read. */
export interface InspectionRecommendation {
  quote: string;
  /** `inspection` (Ofsted's) or `review` (a commissioner's or peer review); committee resolutions never enter */
  source: 'inspection' | 'review';
  sourceId: string;
  /** index in that document's recommendation list */
  index: number;
  /** title of the later document it was read from, when the inspection's own report is not stored */
  reportedBy: string | null;
}

/** One inspection as an event: identified from the Ofsted report when stored, else "reported". */
export interface InspectionEvent {
  /** stable within a history: family and first month, e.g. "SIF-2016-01" */
  id: string;
  kind: string;
  /** as the report names it ("SIF", "ILACS-standard"), or the family for a reported inspection */
  framework: string;
  family: FrameworkFamily;
  authority: string | null;
  urn: string | null;
  /** as written: "11 January to 8 February 2016"; for a reported inspection, the date a later document gives */
  inspectionDates: string | null;
  /** yyyy-mm-dd, null when unknown */
  publicationDate: string | null;
  /** the column label as councillors name it: publication month and year ("Jan 2023"), else the inspection's last month */
  label: string;
  /** the months from the inspection's start to its publication (or end), used to place quoted grades */
  span: MonthSpan | null;
  /** ids of the documents it was read from: its own report first, then documents that quote it */
  sources: string[];
  /** true when no report of this inspection is stored: it is known only from later documents */
  reported: boolean;
  /** titles of the documents that state it, for a reported inspection */
  reportedBy: string[];
  grades: Partial<Record<CompareKey, AreaGrade>>;
  /** quoted grades that disagree with the report's own (kept out of `grades`, shown for honesty) */
  disagreements: Array<{ key: CompareKey; grade: AreaGrade }>;
  recommendations: InspectionRecommendation[];
  /** a visit's theme as its letter states it (focused and monitoring visits, JTAIs); absent otherwise */
  theme?: string | null;
}

/** One authority's inspections, oldest first. */
export interface InspectionHistory {
  authority: string | null;
  urn: string | null;
  inspections: InspectionEvent[];
  /** documents with nothing placeable (no date, no framework), with the reason in words */
  unplaced: Array<{ sourceId: string; reason: string }>;
  /** grades with no date, framework or inspection discussed that no inspection could take
   * (unplaced-grades.ts): shown once as not placed in time, never in a move */
  unplacedGrades: UnplacedGrade[];
}

/** An area's grade at one inspection against the previous inspection that graded that area. */
export interface AreaMove {
  key: CompareKey;
  /** the row label ("Help and protection (safeguarding)") */
  area: string;
  inspectionId: string;
  grade: AreaGrade;
  /** null for the first graded inspection in the row */
  move: 'up' | 'down' | 'same' | null;
  previous: { inspectionId: string; label: string; grade: string } | null;
  /** in words: "down from good (2018)", "same as requires improvement (2018)", "first graded";
   * a reported grade adds "reported by …" */
  text: string;
  /** other grades stored documents give this area of this inspection (the shown grade is kept:
   * the inspection's own report, else the first document to state one), each with the document's title */
  disputedBy: Array<{ grade: string; source: string }>;
}

/** One end of a recommendation link. */
export interface LinkEnd {
  inspectionId: string;
  quote: string;
  sourceId: string;
  index: number;
}

/** The councillor's decisions on suggested links: `linkKey(from, to)` → true (same aim) or false (not). */
export type LinkDecisions = Readonly<Record<string, boolean>>;

/** An earlier recommendation and where it recurs in a later inspection. */
export interface RecommendationLink {
  from: LinkEnd;
  /** the same aim raised again later (matcher or confirmed), or null: not repeated in later reports */
  to: LinkEnd | null;
  /** calibrated 0–1 likelihood that `to` (or, when null, `closest`) states the same aim */
  score: number;
  /** true: the councillor confirmed `to`; false: the councillor rejected the matcher's suggestion
   * and nothing else matches; null: the matcher's suggestion, undecided */
  confirmed: boolean | null;
  /** for `to` null: the closest later wording and its score (for "not repeated in later reports") */
  closest: (LinkEnd & { score: number }) | null;
  /** later wordings the councillor rejected for this recommendation */
  rejected: LinkEnd[];
}
