// Judgement wording of council papers, minutes and news: "Ofsted’s overall judgment was
// ‘Requires Improvement’", "the outcome was ‘Requires Improvement’", "were rated overall as
// ‘good’", "singled out as ‘good’", "the same judgement as in 2014". American "judgment" too.
import { AREA_REACH, matchesNearGrades } from './anchor-index';
import { AREA_WORDS, areaKeyOf } from './areas';
import { GRADE_SOURCE, normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { sentenceAround } from './text-util';
import { neededWordOffsets } from './needed-words';
import { isBlank } from './blank-units';

const G = `(${GRADE_SOURCE})`;
const Q = `["'‘’“”]?`;

/** "the (resulting) (Ofsted) (overall) judgement (from that inspection) was (one of) ‘G’" */
const JUDGEMENT_WAS = new RegExp(
  `\\b(?:the|Ofsted[’']s|its|their|our)((?:\\s+(?:resulting|overall|Ofsted|effectiveness|inspection|final|headline))*)\\s+(?:judge?ment|outcome|rating|grade)` +
    `(?:\\s+(?:from|of|for)\\s+(?:that|the|this)\\s+inspection)?\\s+(?:was|is|were)(?:\\s+(?:one\\s+of|that\\s+of|again))?\\s+${Q}${G}${Q}`,
  'gi',
);

/** "<area> were rated (overall) as ‘good’", "<area> was singled out as ‘good’" */
const RATED_AS = new RegExp(
  `\\b((?:services|the service|the local authority|children[’']?s services)[^.;\\n\\t]{0,80}?)\\s+(?:was|were|had been|has been)\\s+(?:rated|singled\\s+out|graded|assessed)(?:\\s+overall)?\\s+as\\s+${Q}${G}${Q}`,
  'gi',
);

/** "a judgement of ‘inadequate’ for overall effectiveness" */
const JUDGEMENT_OF_FOR = new RegExp(
  `\\bjudge?ment\\s+of\\s+${Q}${G}${Q}\\s+for\\s+([a-z’' ]{3,60}?)(?=\\s+(?:at|in|from|when)\\b|[.,;])`,
  'gi',
);

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** "…, the same judgement as in 2014": the sentence's grade, for the earlier inspection. */
// Also "the same rating as its previous inspection (report) (published) in March 2020".
export const SAME_AS = new RegExp(
  `\\bthe\\s+same\\s+(?:judge?ment|grade|rating|outcome)\\s+as\\s+(?:(?:in|at)\\s+(?:the\\s+(?:last|previous)\\s+inspection\\s+in\\s+)?` +
    `|(?:at\\s+)?(?:its|the|their)\\s+(?:last|previous)\\s+(?:Ofsted\\s+)?inspection(?:\\s+report)?(?:\\s+(?:published|carried\\s+out|held))?\\s+in\\s+)((?:${MONTH}\\s+)?(?:19|20)\\d\\d)`,
  'gi',
);
// "inadequate in four areas and requiring improvement in another": the minority grade is not "the same rating".
const MINORITY = /^["'’”]?\s+in\s+(?:an)?other\b|^["'’”]?\s+in\s+one\b/i;
const GRADE_WORD = new RegExp(G, 'gi');

const SAME_AS_AT = new RegExp(SAME_AS.source, 'iy');

/**
 * What `text.matchAll(SAME_AS)` gives, read only where "same" stands: every match opens with "the",
 * blanks, then "same", so it starts just before the blank run that ends at a "same". O(k log n).
 */
function sameAsMatches(text: string): RegExpExecArray[] {
  const offsets = neededWordOffsets(text, 'same');
  if (offsets === null) return [...text.matchAll(SAME_AS)];
  const out: RegExpExecArray[] = [];
  let from = 0; // matches do not overlap: the next starts at or after the last one's end
  for (const same of offsets) {
    let blanks = same;
    while (blanks > 0 && isBlank(text.charCodeAt(blanks - 1))) blanks--;
    const start = blanks - 3; // "the"
    if (blanks === same || start < from) continue;
    SAME_AS_AT.lastIndex = start;
    const m = SAME_AS_AT.exec(text);
    if (!m) continue;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}

function findSameAs(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of sameAsMatches(text)) {
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    const grades = [...text.slice(sentence.start, m.index).matchAll(GRADE_WORD)].filter(
      (g) => !MINORITY.test(text.slice(sentence.start + g.index + g[0].length, m.index)),
    );
    const last = grades[grades.length - 1];
    if (!last) continue;
    const area = areaBefore(text, sentence.start + last.index, '');
    // A grade in an earlier clause ("…, the same rating as …"): the mention is the phrase itself.
    const start = /[,;]/.test(text.slice(sentence.start + last.index, m.index)) ? m.index : sentence.start + last.index;
    out.push({
      ruleId: 'same-judgement-as',
      area,
      areaKey: areaKeyOf(area),
      grade: normaliseGrade(last[1]!),
      start,
      end: m.index + m[0].length,
      prose: true,
      inspection: m[1]!.replace(/\s+/g, ' '),
    });
  }
  return out;
}

function areaBefore(text: string, at: number, words: string): string {
  if (/effectiveness|overall/i.test(words)) return 'overall';
  const sentence = sentenceAround(text, at, at + 1);
  const lead = text.slice(sentence.start, at);
  const named = /\b(?:for|of)\s+([^.;,]{3,80})$/.exec(lead);
  return named && AREA_WORDS.test(named[1]!) ? named[1]!.trim() : 'overall';
}

/** `needs`: words one of which every match of `re` holds (anchor-index.ts Reach.needs). */
function scanRule(id: string, re: RegExp, area: (m: RegExpExecArray, text: string) => string, gradeGroup: number, needs: string[]) {
  const reach = { ...AREA_REACH, needs };
  return (text: string): RawJudgement[] =>
    matchesNearGrades(text, re, reach).map((m) => {
      const a = area(m as RegExpExecArray, text);
      return {
        ruleId: id,
        area: a,
        areaKey: areaKeyOf(a),
        grade: normaliseGrade(m[gradeGroup]!),
        start: m.index,
        end: m.index + m[0].length,
        prose: true,
      };
    });
}

export const paperJudgementRules: JudgementRule[] = [
  {
    id: 'judgement-was-grade',
    note: 'The judgement named and its grade given, "judgment" spelt either way, grade often in quotation marks',
    source: 'Council papers, minutes and news about an inspection; ILACS openings',
    find: scanRule('judgement-was-grade', JUDGEMENT_WAS, (m, text) => areaBefore(text, m.index, m[1] ?? ''), 2, ['judg', 'outcome', 'rating', 'grade']),
    examples: {
      match: [
        'Members noted that Ofsted’s overall judgment was ‘Requires Improvement’.',
        'The resulting Ofsted judgement from that inspection was one of ‘Requires Improvement’.',
        'when the overall effectiveness judgement was ‘requires improvement to be good’.',
        'At the inspection in May 2024 the outcome was ‘Requires Improvement’.',
      ],
      miss: ['The judgement was that staff were good.', 'a judgement was made about good practice'],
    },
  },
  {
    id: 'judgement-of-grade-for',
    note: '"Since a judgement of inadequate for overall effectiveness at the last inspection in 2019"',
    source: 'ILACS openings; council papers',
    find: scanRule('judgement-of-grade-for', JUDGEMENT_OF_FOR, (m) => m[2]!.trim(), 1, ['judg']),
    examples: {
      match: ['Since a judgement of inadequate for overall effectiveness at the last inspection in 2019, services improved.'],
      miss: ['a judgement of good practice for staff'],
    },
  },
  {
    id: 'same-judgement-as',
    note: '"Ofsted judged services to require improvement, the same judgement as in 2014": the earlier grade is this one',
    source: 'Council papers and minutes',
    find: findSameAs,
    examples: {
      match: ['Ofsted judged that children’s services require improvement to be good, the same judgement as in 2014.'],
      miss: ['The panel reached the same judgement as in 2014.'],
    },
  },
  {
    id: 'rated-as',
    note: 'Committee wording: "were rated overall as ‘good’", "was singled out as ‘good’"',
    source: 'Council papers and news',
    find: scanRule('rated-as', RATED_AS, (m) => m[1]!.replace(/\s+/g, ' ').trim(), 2, ['rated', 'singled', 'graded', 'assessed']),
    examples: {
      match: [
        'Services for care leavers were rated overall as ‘good’.',
        'The service for care leavers was singled out as ‘good’.',
      ],
      miss: ['Staff were rated as good by parents.'],
    },
  },
];
