// Area names as written in SLAC, SIF, ILACS and council papers, mapped onto common area keys.

export type AreaKey =
  | 'overall'
  | 'leaders'
  | 'help_protection'
  | 'in_care'
  | 'care_leavers'
  | 'in_care_and_care_leavers'
  | 'adoption'
  | 'lscb'
  | 'capacity'
  | 'other'
  // the one area SEND outcome (three levels), never a children's services area
  | 'send_outcome'
  // school reports (school-grades.ts): their own rows, never children's services areas
  | SchoolAreaKey
  // providers, youth justice and adult social care (provider-grades.ts)
  | (typeof OTHER_AREA_KEYS)[number];

/** Area keys of social care providers, youth justice services and adult social care. */
export const OTHER_AREA_KEYS = [
  'provider_experiences',
  'provider_help_protection',
  'provider_leaders',
  'yj_overall',
  'yj_standard',
  'asc_overall',
  'asc_quality_statement',
] as const;

/** School judgement keys: cover table areas of 2005–24, report-card areas of 2025, safeguarding and category. */
export const SCHOOL_AREA_KEYS = [
  'school_overall',
  'school_leadership',
  'school_teaching',
  'school_behaviour',
  'school_personal_development',
  'school_outcomes',
  'school_early_years',
  'school_sixth_form',
  'school_inclusion',
  'school_safeguarding',
  'school_category',
  'school_other',
] as const;
export type SchoolAreaKey = (typeof SCHOOL_AREA_KEYS)[number];

interface AreaPattern {
  key: AreaKey;
  pattern: RegExp;
}

// Order matters: the first pattern that matches wins, so combined areas come before their parts.
const AREA_PATTERNS: AreaPattern[] = [
  // Capacity to improve is graded in 2009–13 reports but labelled `other`, like the corpus gold.
  // It comes first: "capacity to improve services for looked after children" is not an in-care grade.
  { key: 'other', pattern: /capacity (?:for|to) improve/i },
  {
    key: 'in_care_and_care_leavers',
    pattern: /(?:children in care|looked[ -]after children|children looked after) and care leavers/i,
  },
  // "children in need of adoption" is adoption, not children in need of help and protection.
  { key: 'adoption', pattern: /in need of (?:adoption|permanence through adoption)/i },
  { key: 'help_protection', pattern: /help and protection|in need of protection|children in need/i },
  { key: 'lscb', pattern: /safeguarding children board|\bLSCB\b|\bthe board\b|safeguarding partnership/i },
  { key: 'leaders', pattern: /impact of leaders|leadership|\bleaders\b/i },
  { key: 'adoption', pattern: /adoption/i },
  { key: 'care_leavers', pattern: /care leavers?\b|leaving care/i },
  { key: 'in_care', pattern: /looked[ -]after|children in care|achieving permanence/i },
  // Papers' and minutes' short forms (case matters: "lac" is no area).
  { key: 'in_care', pattern: /\b(?:LAC|CLA|CiC)\b/ },
  {
    key: 'overall',
    pattern:
      /overall|children[’']?s (?:social care )?services|services (?:for children )?in [A-Z]|\bservices\b.*\b(?:all|every) areas?\b|^services$/i,
  },
];

/** Maps an area as written to its key; unknown areas are `other`. */
export function areaKeyOf(area: string): AreaKey {
  // The same subject recurs (every grade of a dense page, every row of one area): each is read once.
  let key = areaKeys.get(area);
  if (key === undefined) {
    if (areaKeys.size >= 5000) areaKeys.clear();
    areaKeys.set(area, (key = readAreaKey(area)));
  }
  return key;
}

const areaKeys = new Map<string, AreaKey>();

function readAreaKey(area: string): AreaKey {
  const clean = area.replace(/\s+/g, ' ').trim();
  if (/^(?:the )?overall/i.test(clean)) return 'overall';
  // SLAC outcome areas ("Being healthy", "Staying safe") are graded but map onto no common area.
  if (/^(?:outcomes? for|being healthy|staying safe|enjoying|making a positive|economic)/i.test(clean)) return 'other';
  return AREA_PATTERNS.find((a) => a.pattern.test(clean))?.key ?? 'other';
}

/** Words that make a line look like a judgement area rather than any phrase. */
export const AREA_WORDS =
  /overall|effectiveness|capacity|leadership|leaders|management|help and protection|looked[ -]after|children in care|care leavers|adoption|permanence|safeguarding|LSCB|\bboard\b|children[’']?s services|quality of provision|outcomes|partnership working|ambition|prioritisation|fostering|performance|equality|being healthy|staying safe|enjoying|positive contribution|economic well|safe and feel safe|health|services/i;
