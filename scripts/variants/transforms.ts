// Realistic rewrites of one labelled judgement sentence, the ways council papers and news word the
// same judgement: another judging verb, active or passive, quotation marks of any style or none, Title
// Case grades, a headline, "Ofsted said that …", a clause moved to the front, the American spelling
// "judgment", and the area named in another of its paper variants. Each transformation returns no
// variant where it does not apply to the sentence, so its recall counts only sentences it can rewrite.
import type { AreaKey } from '../../lib/detect/areas';

/** One labelled judgement, with the sentence around its quote. */
export interface Labelled {
  sentence: string;
  grade: string;
  areaKey: AreaKey;
  /** the authority's short name ("Anyshire"), for headlines */
  place: string;
}

export type Transform = (j: Labelled) => string[];

const QUOTE = `["'‘’“”]`;
const gradeRe = (grade: string) => new RegExp(`(${QUOTE}?)(${grade.replace(/\s+/g, '\\s+')})(${QUOTE}?)`, 'i');
const titleCase = (s: string) => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());
const distinct = (orig: string, out: string[]) => [...new Set(out)].filter((s) => s !== orig);

const VERB = /\b(rated|judged|graded|assessed|deemed|classed|ranked|found)(\s+(?:as|to\s+be))?(?=\s)/i;
const VERB_FORMS = ['rated', 'rated as', 'judged', 'judged to be', 'graded', 'assessed as', 'deemed', 'found to be'];

const verbSwap: Transform = (j) => {
  const m = VERB.exec(j.sentence);
  if (!m) return [];
  return distinct(
    j.sentence,
    VERB_FORMS.map((v) => j.sentence.slice(0, m.index) + v + j.sentence.slice(m.index + m[0].length)),
  ).filter((s) => s.toLowerCase() !== j.sentence.toLowerCase());
};

function withGrade(j: Labelled, make: (g: string) => string): string[] {
  const m = gradeRe(j.grade).exec(j.sentence);
  if (!m) return [];
  return distinct(j.sentence, [j.sentence.slice(0, m.index) + make(m[2]!) + j.sentence.slice(m.index + m[0].length)]);
}

const quoteStyles: Transform = (j) =>
  (
    [
      ["'", "'"],
      ['"', '"'],
      ['‘', '’'],
      ['“', '”'],
      ['', ''],
    ] as const
  ).flatMap(([o, c]) => withGrade(j, (g) => `${o}${g}${c}`));

const gradeCase: Transform = (j) => [
  ...withGrade(j, (g) => titleCase(g.toLowerCase())),
  ...withGrade(j, (g) => g.toLowerCase()),
];

const judgment: Transform = (j) => (/judgement/i.test(j.sentence) ? [j.sentence.replace(/(judg)e(ment)/gi, '$1$2')] : []);

const BY = '((?:\\s+by\\s+(?:Ofsted|inspectors))?)';
const passiveRe = (g: string) =>
  new RegExp(
    `^(.*?\\S)\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are)\\s+(?:rated|judged|graded|assessed|deemed)(?:\\s+(?:as|to\\s+be))?\\s+(${QUOTE}?${g}${QUOTE}?)${BY}([\\s\\S]*)$`,
    'i',
  );
const activeRe = (g: string) =>
  new RegExp(
    `^(.*?)\\b(?:Ofsted|[Ii]nspectors|[Tt]he\\s+inspectorate)\\s+(?:has\\s+|have\\s+)?(?:rated|judged|graded|assessed)\\s+(.+?)\\s+(?:as|to\\s+be)\\s+(${QUOTE}?${g}${QUOTE}?)([\\s\\S]*)$`,
  );
const lcFirst = (s: string) => (/^(?:The|Its|Their|Our|Services|Help|Care|Leadership|Adoption)\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

const voice: Transform = (j) => {
  const g = j.grade.replace(/\s+/g, '\\s+');
  const p = passiveRe(g).exec(j.sentence);
  if (p) {
    // The subject runs from the last clause opening before the verb: "since the authority was judged …".
    const lead = [...p[1]!.matchAll(/(?:^|[,:;“"]\s*|\b(?:when|since|that|where|after|but)\s+)/g)].pop()!;
    const at = lead.index + lead[0].length;
    const subject = p[1]!.slice(at).replace(/^they$/i, 'them').replace(/^it$/i, 'it');
    if (subject.length > 80 || /^(?:|which|who|we|it was .*)$/i.test(subject)) return [];
    return [`${p[1]!.slice(0, at)}Ofsted rated ${at === 0 ? lcFirst(subject) : subject} as ${p[2]}${p[4]}`];
  }
  const a = activeRe(g).exec(j.sentence);
  if (a) {
    const subject = a[1]!.trim() === '' ? a[2]![0]!.toUpperCase() + a[2]!.slice(1) : a[2]!;
    return [`${a[1]}${subject} was rated ${a[3]} by Ofsted${a[4]}`];
  }
  return [];
};

const saidThat: Transform = (j) =>
  /^(?:Ofsted|Inspectors|The inspectorate)\b/.test(j.sentence)
    ? []
    : [`Ofsted said that ${lcFirst(j.sentence)}`, `Inspectors found that ${lcFirst(j.sentence)}`];

const fronted: Transform = (j) => {
  const out = [`In a report published this week, ${lcFirst(j.sentence)}`];
  const by = /\s+by\s+(Ofsted|inspectors)(?=[\s.,;])/.exec(j.sentence);
  if (by) out.push(`According to ${by[1]}, ${lcFirst(j.sentence.slice(0, by.index) + j.sentence.slice(by.index + by[0].length))}`);
  return out;
};

const headline: Transform = (j) => {
  if (j.areaKey !== 'overall' || !j.place) return [];
  const g = j.grade.toLowerCase();
  return [
    `${j.place} children's services rated '${g}' by Ofsted`,
    `Ofsted rates ${j.place} children's services ‘${titleCase(g)}’`,
    `${j.place} children’s services judged ${titleCase(g)}`,
  ];
};

/** Paper variants of each area's name, longest first within an area. */
const AREA_VARIANTS: Partial<Record<AreaKey, string[]>> = {
  overall: ["children's services", 'children’s social care services', 'services for children', "the council's children's services"],
  help_protection: [
    'the experiences and progress of children who need help and protection',
    'services for children who need help and protection',
    'children who need help and protection',
    'help and protection services',
  ],
  in_care: [
    'the experiences and progress of children in care',
    'services for children in care',
    'looked after children services',
    'children in care',
  ],
  care_leavers: ['the experiences and progress of care leavers', 'services for care leavers', 'leaving care services', 'care leavers'],
  leaders: [
    "the impact of leaders on social work practice with children and families",
    'the impact of leaders',
    'leadership and management',
    'leadership',
  ],
  adoption: ['the adoption service', 'adoption services', 'adoption performance'],
};

const areaSwap: Transform = (j) => {
  const variants = AREA_VARIANTS[j.areaKey] ?? [];
  const lower = j.sentence.toLowerCase().replace(/’/g, "'");
  const hit = [...variants].sort((a, b) => b.length - a.length).find((v) => lower.includes(v.replace(/’/g, "'")));
  if (!hit) return [];
  const at = lower.indexOf(hit.replace(/’/g, "'"));
  const cap = /[A-Z]/.test(j.sentence[at]!);
  return distinct(
    j.sentence,
    variants
      .filter((v) => v !== hit)
      .map((v) => j.sentence.slice(0, at) + (cap ? v[0]!.toUpperCase() + v.slice(1) : v) + j.sentence.slice(at + hit.length)),
  );
};

/** Every transformation, by name. */
export const TRANSFORMS: Record<string, Transform> = {
  identity: (j) => [j.sentence],
  'verb-swap': verbSwap,
  'quote-style': quoteStyles,
  'grade-case': gradeCase,
  judgment,
  'active-passive': voice,
  'said-that': saidThat,
  'fronted-clause': fronted,
  headline,
  'area-swap': areaSwap,
};
