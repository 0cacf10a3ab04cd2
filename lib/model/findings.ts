// The detector's output: one shape for the command line, the page, the PDF viewer and the store.
import type { AreaKey } from '../detect/areas';

export type { AreaKey };

export interface JudgementMention {
  ruleId: string;
  /** the area as written, or "overall" */
  area: string;
  areaKey: AreaKey;
  /** the scale word in lower case: "requires improvement", "adequate", "performs well" */
  grade: string;
  /** 1 (best) to 4, null off the four-point scale */
  rank: number | null;
  /** null for the document's own inspection, else the earlier one as the text dates it */
  inspection: string | null;
  quote: string;
  start: number;
  end: number;
}

export type RecommendationSource = 'inspection' | 'review' | 'committee';

export interface Recommendation {
  ruleId: string;
  quote: string;
  start: number;
  end: number;
  /** "immediately", "within three months", … or null */
  deadline: string | null;
  source: RecommendationSource;
  /** "lscb" for a SIF recommendation to the Local Safeguarding Children Board */
  section: 'lscb' | null;
  /** "priority action" or "improvement" where the report groups them so (area SEND, visits); absent elsewhere */
  group?: 'priority action' | 'improvement' | null;
  /** the body an area SEND priority action is addressed to ("Bexley Council and South East London ICB") */
  responsibleBody?: string | null;
}

export interface DocumentInfo {
  authority: string | null;
  /** Ofsted URN of the authority from the lookup table */
  authorityUrn: string | null;
  framework: string | null;
  /** "children's services inspection", "focused visit", "council paper", … (older stored reports lack it) */
  kind?: string | null;
  /** for a paper, letter or news item: the inspection it is about, framework and date as written */
  discusses?: { framework: string | null; date: string | null } | null;
  inspectionDates: string | null;
  /** yyyy-mm-dd */
  publicationDate: string | null;
  /** area SEND: the previous area SEND inspection's dates as written ("23 to 27 May 2016"), null if none */
  previousInspection?: string | null;
  /** area SEND letter of 2016–22 (no grade): whether a written statement of action was required */
  writtenStatement?: 'required' | 'not required' | null;
  /** focused visit, monitoring visit or JTAI: the theme as the letter states it */
  theme?: string | null;
}

export interface Findings {
  document: DocumentInfo;
  judgements: JudgementMention[];
  recommendations: Recommendation[];
}
