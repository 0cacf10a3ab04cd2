// The areas a paper's grade was given for, named after it: "received an ‘outstanding’ rating for the
// impact of leaders on social work practice", "a rating of adequate for safeguarding", "The ‘good’
// ratings were for the impact of leaders …; the experiences and progress of care leavers; and overall
// effectiveness", "Services were rated good for the impact of leaders … and the experiences and
// progress of children who need help and protection". A rule that reads the grade with the council or
// the whole service as its subject gives it to the service; the areas after "for" are what was graded.
// Papers and news only (ILACS, SIF and SLAC areas as papers word them, paper-area-phrases.ts).
import { GRADE_SOURCE } from './grades';
import type { RawJudgement } from './judgement-rules';
import { SUBJECT } from './sentence-grade-words';
import { keyOf } from './sentence-grade-subject';

// After the grade: an optional judgement noun and copula, then "for" and an optional determiner.
// "… for <areas>", "…, including <areas>", "an ‘outstanding’ inspection of its adoption service".
const FOR =
  /^["'’”]?(?:\s+(?:overall\s+)?(?:rating|grade|grading|judge?ment|score|mark|verdict)s?)?(?:\s+(?:was|were|is|are))?(?:\s+for|,?\s+including|\s+(?:inspection|report)\s+of)\s+(?:(?:its|their|the\s+council[’']s|the\s+authority[’']s)\s+)?/i;
// Every FOR match holds one of these: most mentions have none near them.
const LINK_WORD = /\b(?:for|including|of)\s/i;
const AREA_AT = new RegExp(SUBJECT.source, 'y');
const OVERALL_AT = /(?:the\s+)?overall\s+effectiveness\b/iy;
// Between two areas of the list: a semicolon or comma (with "and"), or "and" before a new area's first word.
const NEXT =
  /\s*[;,]\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?(?:experiences?|impact|overall|help|leadership|adoption|fostering|safeguarding|children\s+who|children\s+in\s+need)\b)/y;
// Where an area's wording ends: the next list break or the clause's end.
// ("… with children and families and a ‘good’ rating for …": a new grade's clause ends it too.)
const AREA_END =
  /[;,.:!?\n\t"“‘]|\s+(?:and|but|while|whilst)\s+(?=an?\s|["'‘“])|\s+and\s+(?=(?:the\s+)?(?:experiences?|impact|overall|help|leadership|adoption|fostering|safeguarding|children\s+who|children\s+in\s+need)\b)/g;

interface Named {
  area: string;
  start: number;
  end: number;
}

/** The areas listed from `at`, in order; none when the first thing there is not an area. Linear in the list. */
function areasFrom(text: string, at: number): Named[] {
  const out: Named[] = [];
  let pos = at;
  const limit = Math.min(text.length, at + 400);
  while (pos < limit) {
    AREA_AT.lastIndex = pos;
    OVERALL_AT.lastIndex = pos;
    const m = AREA_AT.exec(text) ?? OVERALL_AT.exec(text);
    if (!m) break;
    AREA_END.lastIndex = m.index + m[0].length;
    const stop = AREA_END.exec(text);
    const end = Math.min(stop ? stop.index : text.length, limit);
    out.push({ area: text.slice(pos, end).replace(/\s+/g, ' ').trim(), start: pos, end });
    NEXT.lastIndex = end;
    const next = NEXT.exec(text);
    if (!next) break;
    pos = end + next[0].length;
  }
  return out;
}

// The first grade word in a mention's span (GRADE_SOURCE, grades.ts).
const GRADE = new RegExp(GRADE_SOURCE, 'i');

/**
 * A mention given to the whole service, or to the first of several areas, becomes one mention per
 * area when areas follow its grade after "for" (the first from the mention's start to its area's
 * end, each later one its area's wording).
 * Others are returned as they are. Reads at most 480 characters after the grade.
 */
export function areasAfterFor(text: string, j: RawJudgement): RawJudgement[] {
  if (!j.prose || j.allAreas || !LINK_WORD.test(text.slice(j.start, j.end + 80)) || /effectiveness/i.test(j.area)) return [j];
  const whole = (j.areaKey ?? keyOf(j.area)) === 'overall';
  const first = j.gradeAt ? null : GRADE.exec(text.slice(j.start, j.end));
  const gradeEnd = j.gradeAt ? j.gradeAt.end : first ? j.start + first.index + first[0].length : j.end;
  const lead = FOR.exec(text.slice(gradeEnd, gradeEnd + 80));
  if (!lead || gradeEnd + lead[0].length > j.end + 80) return [j];
  const named = areasFrom(text, gradeEnd + lead[0].length).filter(
    (n) => keyOf(n.area) !== 'overall' || /effectiveness/i.test(n.area),
  );
  if (named.length === 0 || (!whole && named.length < 2)) return [j];
  // The first area's mention holds the grade; each later one is its own wording, so no two merge (merge-repeats.ts).
  return named.map((n, i) => ({
    ...j,
    area: n.area,
    areaKey: keyOf(n.area),
    start: i === 0 ? j.start : n.start,
    end: n.end,
  }));
}
