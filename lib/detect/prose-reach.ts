// How far each prose judgement rule (judgement-prose.ts) looks around which grade words: a clause's
// reach, around only the grade words its pattern can hold. A rule not listed looks around every one.
import { SENTENCE_REACH, type Reach } from './anchor-index';
import { gradeAfterWord, gradeIsRequires, type AnchorFilter } from './anchor-filters';

// The grade words each pattern can hold (anchor-filters.ts): VERB_ENDS are the words VERB can end with.
const VERB_ENDS = ['is', 'are', 'was', 'were', 'been', 'remain', 'remains', 'remained', 'also', 'all', 'now', 'then', 'still']
  .concat(['overall', 'again', 'officially', 'least', 'judged', 'found', 'rated', 'considered', 'assessed', 'graded'])
  .concat(['deemed', 'confirmed', 'classified', 'reclassified', 'ranked', 'classed', 'branded', 'labelled'])
  .concat(['ofsted', 'be', 'as']);
// `needs`: words one of which every match of the rule's pattern holds (anchor-index.ts Reach.needs).
const near = (keep: AnchorFilter, needs?: string[]): Reach => ({ ...SENTENCE_REACH, keep, needs });
/** The reach of a prose rule, by rule id. */
export const REACH: Record<string, Reach> = {
  'subject-is-grade': near(gradeAfterWord(VERB_ENDS)),
  'subject-requires-improvement': near(gradeIsRequires),
  'ofsted-judged-area': near(gradeAfterWord(['be', 'as']), ['ofsted', 'inspectors']),
  'overall-judgement-of': near(gradeAfterWord(['of', 'as', 'was', 'is']), ['overall']),
  'judgement-that': near(gradeAfterWord(['is', 'are', 'was', 'were', 'then']), ['judgement']),
  'apart-from-which': near(gradeAfterWord(['which', 'was', 'were', 'judged', 'be', 'as']), ['apart']),
  'grade-then-judgement': {
    ...SENTENCE_REACH,
    needs: ['judgement', 'rating', 'outcome', 'grade', 'verdict', 'mark', 'assessment'],
  },
};
