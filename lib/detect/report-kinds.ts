// Report kinds a children's-services councillor meets besides the council's own inspection:
// recognised from the title and cover wording of each inspectorate's reports.

/** Every value of `document.kind`; the framework and scale of a report follow from it. */
export const DOCUMENT_KINDS = [
  "children's services inspection",
  'focused visit',
  'monitoring visit',
  'joint targeted area inspection',
  'area SEND inspection',
  'school inspection',
  'social care provider inspection',
  'youth justice inspection',
  'adult social care assessment',
  'council paper',
  'review',
  'other',
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

// Each rule reads only the title (first 400 characters) or the cover (first 2,500).
const RULES: { kind: DocumentKind; title?: RegExp; head?: RegExp }[] = [
  // A commissioner's or adviser's report to the Secretary of State after an inadequate inspection:
  // "Report for the Secretary of State for Education by …, Commissioner for Children's Services in X".
  {
    kind: 'review',
    title: /\bReport\s+(?:for|to)\s+the\s+Secretary\s+of\s+State\b|\bCommissioner\s+for\s+Children['’]s\s+Services\b|\bchildren['’]s\s+services\s+commissioner['’]s\s+report\b/i,
  },
  // 2023 framework: "Area SEND inspection of Dudley Local Area Partnership"; 2016–22: "Joint local area SEND inspection in X".
  { kind: 'area SEND inspection', title: /\barea\s+SEND\s+(?:inspection|re-?visit)|local\s+area\s+(?:SEND\s+)?(?:inspection|re-?visit)|Local\s+area\s+partnership\s+report/i },
  // HMI Probation: "An inspection of youth justice services in Haringey" / "youth offending services".
  // The inspectorate's name counts only as a header line: papers say "led by HM Inspectorate of Probation".
  { kind: 'youth justice inspection', title: /\binspection\s+of\s+youth\s+(?:justice|offending)\s+(?:services?|teams?)|^[ \t]*HM\s+Inspectorate\s+of\s+Probation/im },
  // CQC local authority assessment under the Care Act: "<Council>: local authority assessment".
  { kind: 'adult social care assessment', title: /local\s+authority\s+assessment|Care\s+Act\s+2014[^]{0,200}assessment|assessing\s+how\s+well\s+the\s+local\s+authority/i },
  // Ofsted's own title lines for these reports, enough alone: "Inspection report for children's home"
  // (Care Standards Act reports to 2015), "Children's homes inspection – Full" (SCCIF covers).
  {
    kind: 'social care provider inspection',
    title: /^\s*(?:Inspection report for (?:children['’`]s home|(?:independent )?fostering agency|voluntary adoption agency|adoption support agency|residential family centre)|Children['’`]s homes? inspection\b)/im,
  },
  // Children's homes, fostering and adoption agencies (social care common inspection framework).
  {
    kind: 'social care provider inspection',
    title: /\b(?:children['’]s\s+home|residential\s+(?:special\s+school|holiday\s+scheme)|(?:independent\s+)?fostering\s+agency|adoption\s+(?:support\s+)?agency|voluntary\s+adoption|residential\s+family\s+centre)\b/i,
    head: /Unique\s+reference\s+number[^]{0,400}(?:Registered\s+(?:manager|provider)|Responsible\s+individual)|Overall\s+experiences\s+and\s+progress\s+of\s+children/i,
  },
  // School reports: "School report" (2005–19 covers), "Inspection of <school>" (2019–24),
  // "Ofsted report card" (2025), "Inspection report: <school>" (older covers).
  {
    kind: 'school inspection',
    title:
      /\bSchool report\b|Ofsted report card|\bInspection (?:of|report:?)[ \t]+[^\n]{0,80}\b(?:School|Academy|College)\b|\b(?:School|Academy)[ \t]*\n(?:[^\n]*\n){0,3}[ \t]*(?:Inspection report|School report|Ofsted report card)\b/i,
  },
  // A school report's own heading, wherever the page puts its title (2005–24 reports).
  { kind: 'school inspection', head: /^[ \t]*What does the school need to do to improve(?: further)?\??[ \t]*$/im },
  // A report card as printed (from November 2025) has no title line: its cover is the five-point
  // key, one grade word after another, and the line "Safeguarding standards met" (or "not met").
  {
    kind: 'school inspection',
    head: /\bExceptional\s+Strong standard\s+Expected standard\s+Needs attention\s+Urgent improvement\b|^[ \t]*Safeguarding standards (?:not )?met[ \t]*$/im,
  },
];

/**
 * The kind of a report that is not a local authority children's services inspection or a paper
 * about one, or null. Source: the title and cover blocks of Ofsted school and provider reports,
 * Ofsted/CQC area SEND reports, HMI Probation youth justice reports and CQC local authority
 * assessments (FRAMEWORKS.md §11). A council paper about such a report is still a council paper.
 */
export function otherReportKind(title: string, head: string): DocumentKind | null {
  if (/\b(?:agenda|minutes|report to|cabinet|scrutiny|committee)\b/i.test(title)) return null;
  for (const rule of RULES) {
    if (rule.title && rule.head ? rule.title.test(title) && rule.head.test(head) : rule.title ? rule.title.test(title) : rule.head!.test(head)) return rule.kind;
  }
  return null;
}
