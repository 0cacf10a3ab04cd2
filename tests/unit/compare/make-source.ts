// Small invented documents for comparison tests: real shapes (a report's own table, a paper's
// quotes with the date as the text gives it), invented wording.
import type { SourceDocument } from '../../../lib/compare/inspection-types';
import type { JudgementMention, Recommendation } from '../../../lib/model/findings';
import { rankGrade } from '../../../lib/detect/grades';
import { areaKeyOf } from '../../../lib/detect/areas';

let offset = 0;

/** A judgement: area as written, grade, and the earlier inspection's date text when quoted. */
export function judgement(area: string, grade: string, inspection: string | null = null): JudgementMention {
  offset += 10;
  return {
    ruleId: 'test',
    area,
    areaKey: areaKeyOf(area),
    grade,
    rank: rankGrade(grade),
    inspection,
    quote: `${area} ${grade}`,
    start: offset,
    end: offset + 5,
  };
}

export function recommendation(quote: string, source: Recommendation['source'] = 'inspection'): Recommendation {
  offset += 10;
  return { ruleId: 'test', quote, start: offset, end: offset + quote.length, deadline: null, source, section: null };
}

/** A document of Anyshire (Dudley's codes, so the lookup knows it). */
export function source(
  id: string,
  document: Partial<SourceDocument['document']> & Record<string, unknown>,
  judgements: JudgementMention[] = [],
  recommendations: Recommendation[] = [],
): SourceDocument {
  return {
    id,
    title: id,
    document: {
      authority: 'Dudley',
      authorityUrn: '80464',
      framework: null,
      inspectionDates: null,
      publicationDate: null,
      ...document,
    },
    judgements,
    recommendations,
  };
}

/** An ILACS report's own table. */
export const ilacs = (id: string, dates: string, grades: Record<string, string>, recs: string[] = []) =>
  source(
    id,
    { framework: 'ILACS-standard', inspectionDates: dates, kind: "children's services inspection" },
    Object.entries(grades).map(([area, grade]) => judgement(area, grade)),
    recs.map((r) => recommendation(r)),
  );
