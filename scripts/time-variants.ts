// Rewrites of a labelled earlier-grade sentence that keep its meaning and change only how the text
// places the grade in time (the date moved, reworded or set in a lead-in sentence; the date replaced
// by a past cue; a chain of dated grades). Each rewrite says the inspection the grade must get.
// The grade word is wrapped in two private-use marks so its place survives the edits.

export const OPEN = '\uE000';
export const CLOSE = '\uE001';

/** A rewritten sentence: its text (grade word still marked) and the inspection the grade must get. */
export interface Variant {
  sentence: string;
  expect: string;
  /** a second marked grade the rewrite added (chains), with its own date */
  extra?: { grade: string; expect: string };
}

export interface Source {
  /** the sentence, its labelled grade word marked */
  sentence: string;
  /** the labelled inspection: a date as written, or "previous" */
  inspection: string;
  grade: string;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*';
const ANY_DATE = new RegExp(`(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH}\\s+)?(?:19|20)\\d\\d`, 'g');
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const VERB = /\b(was|were|had been|has been|have been|being)\s+(judged|rated|found|graded|assessed)\b/;
const COMMON_START = /^(?:The|This|That|These|It|Its|They|Their|Our|A|An|Services|Provision|Overall)\b/;

/** The sentence with its first letter lower-cased when it starts with a common word (not a name). */
const lower = (s: string) => (COMMON_START.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** The sentence with "in <date>" taken out, or null when the date is not written so, or other dates remain. */
function withoutDate(src: Source): string | null {
  if (!/(?:19|20)\d\d/.test(src.inspection)) return null;
  const cut = src.sentence.replace(new RegExp(`,?\\s+in\\s+${esc(src.inspection)}\\b,?`), '');
  if (cut === src.sentence) return null;
  return (cut.match(ANY_DATE) ?? []).length === 0 ? cut : null;
}

// A grade used as an adjective ("the ‘inadequate’ rating"): the words go after its noun.
const NOUN = `(?:\\s+(?:Ofsted\\s+)?(?:rating|judge?ment|grade|grading|assessment|outcome|verdict))?`;

/** After the marked grade, any closing quote and the noun it describes. */
function afterGrade(s: string, insert: string): string {
  return s.replace(new RegExp(`${CLOSE}(["'’”]?${NOUN})`), `${CLOSE}$1${insert}`);
}

/** Is the marked grade an adjective of a noun ("‘inadequate’ rating")? */
const describes = (s: string) =>
  new RegExp(`${CLOSE}["'’”]?\\s+(?:Ofsted\\s+)?(?:rating|judge?ment|grade|grading|assessment|outcome|verdict)`).test(s);

const year = (d: string) => /(?:19|20)\d\d/.exec(d)![0];

type Make = (src: Source) => Variant | null;

/** Dated rewrites: applied where the labelled date is written "in <date>" in the sentence. */
const DATED: Record<string, Make> = {
  unchanged: (s) => ({ sentence: s.sentence, expect: s.inspection }),
  'date after grade': (s) => {
    const cut = withoutDate(s);
    return !cut ? null : { sentence: afterGrade(cut, ` in ${s.inspection}`), expect: s.inspection };
  },
  'date in front': (s) => {
    const cut = withoutDate(s);
    return !cut ? null : { sentence: `In ${s.inspection}, ${lower(cut)}`, expect: s.inspection };
  },
  'year only': (s) => {
    if (!new RegExp(`${MONTH}\\s+(?:19|20)\\d\\d`).test(s.inspection)) return null;
    const y = year(s.inspection);
    return { sentence: s.sentence.replace(s.inspection, y), expect: y };
  },
  'lead-in sentence': (s) => {
    const cut = withoutDate(s);
    return !cut
      ? null
      : { sentence: `Ofsted last inspected the council in ${s.inspection}. At that time, ${lower(cut)}`, expect: s.inspection };
  },
  'previous inspection took place': (s) => {
    const cut = withoutDate(s);
    return !cut ? null : { sentence: `The previous inspection took place in ${s.inspection}. ${cut}`, expect: s.inspection };
  },
  "date's inspection": (s) => {
    const cut = withoutDate(s);
    return !cut ? null : { sentence: `At the ${s.inspection} inspection, ${lower(cut)}`, expect: s.inspection };
  },
  "possessive date's inspection": (s) => {
    const cut = withoutDate(s);
    return !cut ? null : { sentence: `${s.inspection}'s inspection found that ${lower(cut)}`, expect: s.inspection };
  },
  'chain of two dates': (s) => {
    const cut = withoutDate(s);
    if (!cut || describes(cut)) return null;
    const other = /inadequate/i.test(s.grade) ? 'requires improvement' : 'inadequate';
    const earlier = String(Number(year(s.inspection)) - 3);
    const chained = afterGrade(cut, ` in ${s.inspection}`).replace(
      /(["'‘“]?)\uE000/,
      `${OPEN}${other}${CLOSE} in ${earlier} and $1${OPEN}`,
    );
    return { sentence: chained, expect: s.inspection, extra: { grade: other, expect: earlier } };
  },
};

/** Undated rewrites with a past cue: applied to every labelled sentence whose date can be taken out (or that has none). */
const CUED: Record<string, Make> = {
  previously: (s) => {
    const base = undated(s);
    if (!base) return null;
    const v = base.replace(VERB, '$1 previously $2');
    return { sentence: v === base ? `Previously, ${lower(base)}` : v, expect: 'previous' };
  },
  'last time': (s) => {
    const base = undated(s);
    return !base ? null : { sentence: `Last time, ${lower(base)}`, expect: 'previous' };
  },
  'at its last inspection': (s) => {
    const base = undated(s);
    return !base ? null : { sentence: afterGrade(base, ' at its last inspection'), expect: 'previous' };
  },
  'when last inspected': (s) => {
    const base = undated(s);
    return !base ? null : { sentence: `When last inspected, ${lower(base)}`, expect: 'previous' };
  },
};

/** The sentence with no date: its labelled date taken out, or as it is when it holds none. */
function undated(s: Source): string | null {
  if (s.inspection === 'previous') return (s.sentence.match(ANY_DATE) ?? []).length === 0 ? s.sentence : null;
  return withoutDate(s);
}

/**
 * Shapes where the past cue or the date is outside the grade's own sentence or wording (issue 10): a
 * paragraph lead-in or a heading about the earlier inspection, a year in the sentence before with
 * "then", past perfect, a history list of years and grades, and a news item about a new report
 * recalling the old grade. The grade's sentence keeps no date of its own.
 */
const AROUND: Record<string, Make> = {
  'past lead-in, undated': (s) => {
    const base = undated(s);
    return !base ? null : { sentence: `At the previous inspection, the picture was different. ${base}`, expect: 'previous' };
  },
  'past heading': (s) => {
    const base = undated(s);
    return !base ? null : { sentence: `\n\nPrevious Ofsted inspection\n\n${base}`, expect: 'previous' };
  },
  'had been': (s) => {
    const base = undated(s);
    const v = base?.replace(VERB, 'had been $2');
    return !v || v === base ? null : { sentence: v, expect: 'previous' };
  },
  'dated lead-in, then': (s) => {
    const cut = withoutDate(s);
    const v = cut?.replace(VERB, '$1 then $2');
    return !v || v === cut ? null : { sentence: `Ofsted inspected the council in ${s.inspection}. ${v}`, expect: s.inspection };
  },
  'history list': (s) => {
    if (!/(?:19|20)\d\d/.test(s.inspection)) return null;
    const other = /inadequate/i.test(s.grade) ? 'Requires improvement' : 'Inadequate';
    const earlier = String(Number(year(s.inspection)) - 3);
    const list = `Ofsted's earlier judgements of the council's children's services:\n\n- ${earlier}: ${OPEN}${other}${CLOSE}\n- ${s.inspection}: ${OPEN}${s.grade}${CLOSE}\n\n`;
    return { sentence: list, expect: s.inspection, extra: { grade: other, expect: earlier } };
  },
  'new report recalls': (s) => {
    const cut = withoutDate(s);
    return !cut
      ? null
      : {
          sentence: `A new Ofsted report has been published. It follows the last inspection in ${s.inspection}, when ${lower(cut)}`,
          expect: s.inspection,
        };
  },
};

export const TRANSFORMS: Record<string, Make> = { ...DATED, ...CUED, ...AROUND };
