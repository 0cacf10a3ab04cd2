// Papers and news with the inspectorate as the subject and the area or the authority as the object:
// "Ofsted rated Anyshire ‘good’ overall", "The report grades children’s services as good", "Inspectors
// described the service for care leavers as ‘outstanding’"; and the verdict set after a colon or dash:
// "Ofsted’s verdict: requires improvement to be good". Read only outside Ofsted's own reports.
import { AREA_REACH, matchesNearGrades } from './anchor-index';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { G, QQ, rule } from './news-shared';
import { AFTER, AREA_NP, S, anyCase, areaJudgement, notTheCouncils } from './paper-area-phrases';

/** Groups: 1 the area or place rated, 2 a quote, 3 the grade. */
const INSPECTORATE_RATED = anyCase(
  `\\b(?:(?:Ofsted|HMI)(?:${S}(?:inspection|report|inspectors))?(?:${S}report)?|inspectors|(?:the|an?)${S}(?:(?:new|latest|recent|full|tougher|Ofsted)${S}){0,2}(?:inspectorate|inspectors|watchdog|regulator|report|inspection(?:${S}report)?)(?:${S}published${S}(?:in|on|last|this)${S}[\\w ]{1,25}?)?)` +
    `(?:${S}(?:has|have|had))?(?:${S}(?:also|now|then))?` +
    `${S}(?:rated|rates|judged|judges|graded|grades|found|finds|described|describes|deemed|assessed|assesses|considered|considers|marked|marks|branded|brands|labelled|labels|declared|declares)` +
    `${S}(${AREA_NP}|[A-Z][\\w’'-]+(?:${S}[A-Z][\\w’'-]+){0,2})(?<=\\S)${S}(?:as${S}|to${S}be${S})?(${QQ})?${G}${AFTER}`,
);

/** "Ofsted’s verdict: requires improvement to be good", "Overall judgement – Good". Groups: 1 a quote, 2 the grade. */
const VERDICT_COLON = anyCase(
  `\\b(?:Ofsted[’']?s?|the${S}(?:overall|inspection|final)|overall|inspection)${S}(?:verdict|judge?ment|rating|outcome|grade)\\s{0,20}[:–—-]${S}(${QQ})?${G}${AFTER}`,
);

// Capitalised words that are no place: "Ofsted judged Children’s Services …" names the area, read by AREA_NP.
const NOT_A_PLACE = /^(?:The|This|That|It|Its|Their|Our|Children|Services|Council|Leadership|Adoption|Care|Help)\b/;

function findInspectorateRated(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, INSPECTORATE_RATED, AREA_REACH)) {
    const object = m[1]!;
    const place = /^[A-Z]/.test(object) && !new RegExp(`^(?:${AREA_NP})$`, 'i').test(object);
    if ((place && NOT_A_PLACE.test(object)) || notTheCouncils(text, m, m.index + m[0].length)) continue;
    out.push(areaJudgement('inspectorate-rated-object', text, m, place ? 'overall' : object, m[3]!));
  }
  return out;
}

function findVerdictColon(text: string): RawJudgement[] {
  return matchesNearGrades(text, VERDICT_COLON, AREA_REACH).flatMap((m) =>
    notTheCouncils(text, m, m.index + m[0].length) ? [] : [areaJudgement('verdict-colon', text, m, 'overall', m[2]!)],
  );
}

export const paperSpeakerRules: JudgementRule[] = [
  rule(
    'inspectorate-rated-object',
    'The inspectorate as the subject, the authority or an area as the object: "Ofsted rated Anyshire ‘good’ overall"',
    findInspectorateRated,
    {
      match: [
        'Ofsted rated Anyshire ‘good’ overall.',
        'The report grades children’s services as good.',
        'Inspectors described the service for care leavers as ‘outstanding’.',
        'Ofsted has judged help and protection to be inadequate.',
      ],
      miss: [
        'Inspectors found Anyshire good at listening.',
        'Ofsted rated The Beeches ‘good’, the school said.',
        'Ofsted rated the weather as good.',
        'Inspectors described the cakes as ‘outstanding’.',
      ],
    },
  ),
  rule(
    'verdict-colon',
    'The verdict after a colon or dash: "Ofsted’s verdict: requires improvement to be good"',
    findVerdictColon,
    {
      match: [
        'Ofsted’s verdict: requires improvement to be good.',
        'Overall judgement – Good',
        'The inspection outcome: ‘Inadequate’',
      ],
      miss: ['Ofsted’s verdict: good progress but more to do.', 'Our aim for the overall rating: good.'],
    },
  ),
];
