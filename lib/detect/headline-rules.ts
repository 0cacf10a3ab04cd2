// Headlines and upgrade wording of papers and news: "Anytown children’s services raised to ‘good’ by
// Ofsted", "Anyshire’s children’s trust ‘inadequate’", "Ofsted Rates Anyshire’s Children’s Services
// Good", "Good: Ofsted’s verdict on Anyshire’s Children’s Services", "has been raised to “good”", "now
// the move up to ‘Good’", "previously rated “inadequate”". Headlines set the grade in title case or
// quotes; an unquoted lower-case grade there is a description. Read only outside Ofsted's own reports.
import { AREA_REACH, matchesNearGrades } from './anchor-index';
import { dateAfterGrade } from './date-after-grade';
import { normaliseGrade } from './grades';
import { closingQuote } from './grade-from-to';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { AREA_OK, G, G_ANY_CASE, Q, QQ, aimOrCount, otherProvider, rule } from './news-shared';

const S = '[ \\t]{1,20}';
// A place of up to four capitalised words, possessive or not, then the children's services or trust.
const PLACE_SERVICES =
  `(?:[A-Z][\\w’'-]*${S}){0,3}[A-Z][\\w’'-]*(?:[’']s)?${S}(?:County${S}|City${S}|Borough${S})?(?:Council[’']s${S})?` +
  `[Cc]hildren[’']?s${S}(?:[Ss]ervices?(?:${S}[Tt]rust)?|[Tt]rust|[Ss]ocial${S}[Cc]are(?:${S}[Ss]ervices)?)`;

/** "Anytown children’s services raised to ‘good’", "Anyshire’s Children’s Services Rated Good", "…’s children’s trust ‘inadequate’". Groups: 1 verb, 2 quote, 3 grade. */
const PLACE_SERVICES_GRADE = new RegExp(
  `(?:^|(?<=\\n))${PLACE_SERVICES}${S}(?:((?:[Rr]aised|[Uu]pgraded|[Mm]oved${S}up|[Rr]ated|[Jj]udged|[Gg]raded)${S}(?:to${S}|as${S})?)|(?=["'‘“]))?(["'‘’“”])?${G_ANY_CASE}`,
  'gm',
);

/** "Ofsted Rates Anyshire’s Children’s Services Good": Ofsted as the subject, no "as". Groups: 1 quote, 2 grade. */
const OFSTED_RATES = new RegExp(
  `\\bOfsted${S}(?:[Rr]ates|[Rr]ated|[Jj]udges|[Jj]udged)${S}${PLACE_SERVICES}${S}(["'‘’“”])?${G_ANY_CASE}`,
  'g',
);

/** "Good: Ofsted’s verdict on Anyshire’s Children’s Services". Groups: 1 grade, 2 what the verdict is on. */
const GRADE_COLON_VERDICT = new RegExp(
  `(?:^|(?<=\\n))${Q}${G_ANY_CASE}${Q}(?:${S})?[:–—-]${S}Ofsted[’']?s?${S}(?:verdict|judge?ment|rating|grade)${S}(?:on|for)${S}([^\\n]{3,120})`,
  'gm',
);

/** "has been raised to “good”", "graduated to ‘requires improvement to be good’", "the move up to ‘Good’". Groups: 1 grade. */
const RAISED_TO = new RegExp(
  `\\b(?:(?:been|was|were|is|are|being)${S}(?:raised|upgraded|lifted|promoted|reclassified)|(?:has|have|had)${S}(?:now${S})?(?:improved|risen|climbed|moved${S}up)|graduated|(?:the${S})?(?:move|step|climb|jump|rise)${S}up)${S}to${S}(?:an?${S})?${QQ}${G}${QQ}`,
  'gi',
);

/** "previously rated “inadequate”", "formerly judged ‘good’": a grade left behind. Groups: 1 grade. */
const PREVIOUSLY_RATED = new RegExp(
  `\\b(?:previously|formerly)${S}(?:rated|judged|graded|deemed)${S}(?:as${S}|to${S}be${S})?${Q}${G}`,
  'gi',
);

const capitalOrQuoted = (quote: string | undefined, grade: string) => quote !== undefined || /^[A-Z]/.test(grade);
// A headline's grade with neither verb nor quote, then a headline's tail: "Anyshire Children's Services good
// after years of inadequacy", "… outstanding again", "… good, says Ofsted" (never "good at listening").
const VERBLESS_TAIL =
  /^(?:[ \t]+(?:after|despite|again|once[ \t]+again|following|for[ \t]+the[ \t]+first[ \t]+time)\b|[ \t]*(?:,[ \t]+(?:says?|finds?)\b|[–—][ \t]|\n|$))/;
// A headline line that ends on its grade ("Anytown children’s services rated inadequate again"): a lower-case grade is the verdict.
const LINE_ENDS = /^(?:[ \t]+(?:again|once[ \t]+again|by[ \t]+Ofsted|overall))*[ \t]*(?:\n|$)/;
const endsLine = (text: string, m: RegExpExecArray) =>
  LINE_ENDS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));

function headlines(id: string, re: RegExp, make: (m: RegExpExecArray, text: string) => Partial<RawJudgement> | null) {
  return (text: string): RawJudgement[] => {
    const out: RawJudgement[] = [];
    for (const m of matchesNearGrades(text, re, AREA_REACH)) {
      const made = make(m, text);
      if (!made || aimOrCount(text, m.index) || otherProvider(text, m.index)) continue;
      const end = m.index + m[0].length + closingQuote(text, m.index + m[0].length);
      const { current, ...found } = made;
      // "graduated to ‘good’ in 2019": a date right after the grade is its own (detect-judgements.ts reads it).
      const now = current && !dateAfterGrade(text, end) ? { current } : {};
      out.push({
        ruleId: id,
        area: 'overall',
        areaKey: 'overall',
        grade: '',
        start: m.index,
        end,
        prose: true,
        ...found,
        ...now,
      });
    }
    return out;
  };
}

export const headlineRules: JudgementRule[] = [
  rule(
    'headline-services-grade',
    'A headline: the authority’s children’s services or trust, an optional verb, and a quoted or capitalised grade',
    headlines('headline-services-grade', PLACE_SERVICES_GRADE, (m, text) =>
      (capitalOrQuoted(m[2], m[3]!) && (m[1] !== undefined || m[2] !== undefined)) ||
      (m[1] !== undefined && endsLine(text, m)) ||
      (m[1] === undefined &&
        m[2] === undefined &&
        VERBLESS_TAIL.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))
        ? { grade: normaliseGrade(m[3]!) }
        : null,
    ),
    {
      match: [
        "Anytown children's services raised to 'good' by Ofsted",
        'Anyshire’s children’s trust ‘inadequate’ but improving',
        "Anyshire's Children's Services Rated Outstanding by Ofsted",
        "Anytown Children's services rated inadequate again",
        'Anyshire Council’s children’s service rated ‘good’ by Ofsted',
        'Anytown children’s services judged outstanding\n\nThe council said …',
        "Anyshire Children's Services good after years of decline",
      ],
      miss: [
        "Anyshire's children's trust good at listening",
        'Anytown children’s services rated good practice',
        'Anytown children’s services rated good in a survey',
        "Anyshire children's services good news for families",
      ],
    },
  ),
  rule(
    'ofsted-rates-services',
    'A headline with Ofsted as the subject: "Ofsted Rates Anyshire’s Children’s Services Good"',
    headlines('ofsted-rates-services', OFSTED_RATES, (m) =>
      capitalOrQuoted(m[1], m[2]!) ? { grade: normaliseGrade(m[2]!) } : null,
    ),
    {
      match: ["Ofsted Rates Anyshire's Children's Services Good"],
      miss: ["Ofsted rates Anyshire's children's services good value"],
    },
  ),
  rule(
    'grade-colon-verdict',
    'A headline opening on the grade: "Good: Ofsted’s verdict on Anyshire’s Children’s Services"',
    headlines('grade-colon-verdict', GRADE_COLON_VERDICT, (m) => (AREA_OK.test(m[2]!) ? { grade: normaliseGrade(m[1]!) } : null)),
    {
      match: ['Outstanding: Ofsted’s verdict on Anyshire’s Children’s Services'],
      miss: ['Good: Ofsted’s verdict on the weather'],
    },
  ),
  rule(
    'raised-to-grade',
    'The new grade of an upgrade: "has been raised to “good”", "now the move up to ‘Good’"',
    // The grade reached is the discussed inspection's, whatever earlier grade the sentence names.
    headlines('raised-to-grade', RAISED_TO, (m) => ({ grade: normaliseGrade(m[1]!), current: true })),
    {
      match: [
        'The service has been raised to “good”.',
        "and now the move up to 'Good'",
        'graduated to ‘requires improvement to be good’',
        'Children’s services in Anyshire have improved to ‘good’.',
      ],
      miss: ['The salary band was raised to grade 7.', 'the move up to good practice'],
    },
  ),
  rule(
    'previously-rated',
    'A grade left behind: "previously rated “inadequate”"',
    headlines('previously-rated', PREVIOUSLY_RATED, (m) => ({ grade: normaliseGrade(m[1]!), inspection: 'previous' })),
    { match: ['A council’s children’s services previously rated “inadequate” by Ofsted'], miss: ['previously rated highly'] },
  ),
];
