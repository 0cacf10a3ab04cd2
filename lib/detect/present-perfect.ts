// A grade told in the present perfect ("children's services have been rated ‘good’", "the council
// has achieved a ‘good’ rating") is the news the item reports: the document's own inspection, even
// when a later clause of its sentence looks back ("…, a big step up from its result four years ago",
// "after previously being run by commissioners", "after the appointment of a director in October
// 2016"). Read by mention-inspection.ts. Source: news items and council news pages (paper set,
// 2015–22), issue 10.
import type { RawJudgement } from './judgement-rules';
import { PAST_MARKER } from './past-context';
import { lettersIndex } from './text-cache';
import { datesIn } from './text-util';

const GRADE_WORD = /\b(?:outstanding|good|adequate|inadequate|requires?\s+improvement)\b/gi;

// "have been rated as", "has now been judged to be", "has achieved a", "have retained their": up to the grade.
const PRESENT_PERFECT =
  /\b(?:has|have)\s+(?:now\s+|just\s+|recently\s+|also\s+|officially\s+)?(?:been\s+(?:\w+\s+)?(?:rated|judged|graded|found|deemed|assessed|awarded|given|named)|achieved|received|gained|earned|secured|retained|kept|maintained|won)\b[^.;:!?\n]{0,40}$/i;

// Active: "Ofsted has rated the authority good", "inspectors have now judged … to be ‘Outstanding’".
const ACTIVE_PERFECT =
  /\b(?:has|have)\s+(?:now\s+|just\s+|recently\s+|also\s+|officially\s+)?(?:rated|judged|graded|found|deemed|assessed|awarded|given)\b[^.;:!?\n]{0,60}$/i;
// A new clause before the verb: "improving since the previous inspection as Ofsted has rated …", "…; the
// regulator has rated …". The look back before it is another clause's (not a comma: "In 2019, …").
const CLAUSE_BREAK = /(?:;|\s(?:as|and|but|while|whereas|so)\s)/g;

/** Where the clause holding the verb at `verb` (an index into `before`) starts in `before`. */
function clauseStart(before: string, verb: number): number {
  let start = 0;
  for (const b of before.slice(0, verb).matchAll(CLAUSE_BREAK)) start = b.index + b[0].length;
  return start;
}

// Where the grade's own clause ends: a stop, a comma, or a word opening another clause.
const CLAUSE_END = /[,;:.!?\n(–—]|\s(?:after|following|from|while|whereas|but|when|which|putting|making|as\s+it)\b/i;

// After the grade, in its clause: a time that makes it one of several or an earlier grade
// ("twice", "again", "for the past decade", "each time", "previously", "since 2015").
const NOT_NOW =
  /\b(?:twice|again|each|every|consecutive|successive|times|before|repeatedly|previously|since|for\s+(?:the\s+)?(?:past|last))\b/i;

// "in the most recent inspection": in the present perfect, the inspection just reported.
const NEWEST = /\b(?:most\s+recent|latest|newest)\b/gi;

const perfectNear = lettersIndex('has|have');

/**
 * Is the mention's grade told in the present perfect, with no date or look back before it in its
 * sentence (from `sentenceStart`) nor in its own clause after it? O(1): 140 characters around each
 * of the mention's grade words, 200 before.
 */
export function toldAsNews(text: string, sentenceStart: number, j: RawJudgement): boolean {
  if (!perfectNear(text, Math.max(sentenceStart, j.start - 80), j.end)) return false;
  const own = j.grade.trim().slice(0, 4).toLowerCase();
  for (const m of text.slice(j.start, j.end).matchAll(GRADE_WORD)) {
    if (m[0].slice(0, 4).toLowerCase() !== own) continue;
    const at = j.start + m.index;
    const whole = text.slice(Math.max(sentenceStart, at - 200), at);
    const tail = whole.slice(-80);
    const verb = PRESENT_PERFECT.exec(tail) ?? ACTIVE_PERFECT.exec(tail);
    if (!verb) return false;
    const before = whole.slice(clauseStart(whole, whole.length - tail.length + verb.index));
    if (datesIn(before).length || PAST_MARKER.test(before) || /\bhad\b/i.test(before)) return false;
    const rest = text.slice(at + m[0].length, at + m[0].length + 100);
    const cut = rest.search(CLAUSE_END);
    const clause = (cut < 0 ? rest : rest.slice(0, cut)).replace(NEWEST, '');
    return !datesIn(clause).length && !PAST_MARKER.test(clause) && !NOT_NOW.test(clause);
  }
  return false;
}
