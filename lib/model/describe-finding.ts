// Words a councillor reads on a finding's card and in the side panel: what it is, in full.
import type { SlacSection } from './slac-sections';
import { areaLabel } from './area-label';
import type { DocumentInfo, JudgementMention, Recommendation } from './findings';
import { kindLabel, scaleNote } from './kind-label';
import { legendLine, scaleLegendOf } from './scale-legend';

export interface FindingDescription {
  /** "Judgement · The experiences and progress of children in care · Requires improvement to be good · ILACS 2023" */
  title: string;
  /** a second line: which inspection, who made the recommendation, the deadline */
  detail: string;
  /** for a scale that is not the four-point grade: the whole scale in its own words, best first */
  legend?: string;
}

const FRAMEWORK_NAMES: Record<string, string> = {
  SIF: 'Single inspection framework',
  'ILACS-standard': 'ILACS',
  'ILACS-short': 'ILACS short inspection',
  'ILACS-2026': 'ILACS 2026',
  other: 'Ofsted',
  'area SEND 2023': 'Area SEND inspection',
  'area SEND 2016': 'Area SEND inspection (2016–22 framework)',
  SLAC: 'Safeguarding and looked after children inspection',
  CSA: "Children's services assessment",
};
const SOURCE_NAMES: Record<Recommendation['source'], string> = {
  inspection: 'Made by the inspectors',
  review: 'Made by the review',
  committee: 'Put to the committee',
};

/** Who makes a recommendation, where it is not the inspectors: "Put to the committee" (a paper's own
 * resolution), "Made by the review"; null for the inspection's own. */
export const madeBy = (r: Pick<Recommendation, 'source'>): string | null =>
  r.source === 'inspection' ? null : SOURCE_NAMES[r.source];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The grade as the scale writes it: "Requires improvement to be good" under SIF and ILACS. */
export function gradeLabel(grade: string, framework: string | null): string {
  if (grade === 'requires improvement' && /^(?:SIF|ILACS)/.test(framework ?? '')) return 'Requires improvement to be good';
  return capitalise(grade);
}

/** The framework's name as councillors know it ("Single inspection framework", "ILACS"), or null. */
export const frameworkName = (framework: string | null | undefined): string | null =>
  framework ? (FRAMEWORK_NAMES[framework] ?? framework) : null;

/** "ILACS 2023": the framework with the year of the inspection, when both are known. */
export function frameworkLabel(doc: DocumentInfo): string | null {
  if (!doc.framework) return null;
  const name = FRAMEWORK_NAMES[doc.framework] ?? doc.framework;
  const year = /(?:19|20)\d\d/.exec(doc.inspectionDates ?? doc.publicationDate ?? '')?.[0];
  return year && !name.includes(year) ? `${name} ${year}` : name;
}

/** "inspection", or for another inspectorate's or another kind of report its kind ("area SEND inspection"). */
function ownWord(doc: DocumentInfo): string {
  if (!doc.kind || /children's services|council paper|^other$|^review$/.test(doc.kind)) return 'inspection';
  return kindLabel(doc.kind)
    .replace(/ \(.*\)$/, '')
    .replace(/^(?!SEND)(\w)/, (c) => c.toLowerCase());
}

/** A paper, news item or review with no framework of its own: its undated grades are those of the
 * inspection it discusses, which is not "this inspection" of the document. */
export const isAboutAnInspection = (doc: DocumentInfo): boolean =>
  !doc.framework && /council paper|^other$|^review$/.test(doc.kind ?? '');

/** "Safeguarding and looked after children inspection, July 2012", or null when the text names neither. */
export function discussedLabel(doc: DocumentInfo): string | null {
  const about = doc.discusses;
  const parts = [frameworkName(about?.framework), about?.date].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

function discussedInspection(doc: DocumentInfo): string {
  const label = discussedLabel(doc);
  return label
    ? `The inspection this document discusses: ${label}`
    : 'The inspection this document discusses (its date is not in the text)';
}

/** The card text of a judgement; `section` is its SLAC section where the report has two (`slacSections`). */
export function describeJudgement(
  j: JudgementMention,
  doc: DocumentInfo,
  section: SlacSection | null = null,
): FindingDescription {
  const framework = j.inspection ? null : frameworkLabel(doc);
  const title = ['Judgement', capitalise(areaLabel(j, doc.framework, section)), gradeLabel(j.grade, doc.framework), framework]
    .filter(Boolean)
    .join(' · ');
  const detail = j.inspection
    ? `From an earlier inspection (${j.inspection}), as this document reports it`
    : isAboutAnInspection(doc)
      ? discussedInspection(doc)
      : `This ${ownWord(doc)}${doc.inspectionDates ? `: ${doc.inspectionDates}` : ''}`;
  const scale = scaleNote(j);
  const legend = scaleLegendOf(j);
  return { title, detail: scale ? `${detail} · ${scale}` : detail, ...(legend ? { legend: legendLine(legend) } : {}) };
}

/** The card text of a recommendation. */
export function describeRecommendation(r: Recommendation): FindingDescription {
  const group = [r.section === 'lscb' ? 'Safeguarding board' : null, r.deadline ? capitalise(r.deadline) : null];
  const kind =
    r.group === 'priority action'
      ? 'Area for priority action'
      : r.group === 'improvement'
        ? 'Area for improvement'
        : 'Recommendation';
  const title = [kind, ...group].filter(Boolean).join(' · ');
  const body = r.responsibleBody ? ` · Responsible body: ${r.responsibleBody}` : '';
  return { title, detail: `${SOURCE_NAMES[r.source]}${body}` };
}
