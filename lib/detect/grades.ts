// The grade words of every framework a councillor meets, and their rank on the four-point scale.

/** Regex source for one grade phrase; `\s+` lets a grade wrap across a line break. */
export const GRADE_SOURCE = [
  'outstanding',
  'good',
  'inadequate',
  'adequate',
  // "requirements improvement": a reporter's slip a reader still reads as the grade.
  'requir(?:es?|ed|ing|ements?)\\s+(?:further\\s+)?improvement(?:\\s+to\\s+be\\s+good)?',
  // "is in need of improvement", "needs improvement to be good": the same grade in other words (papers and news).
  'in\\s+need\\s+of\\s+improvement',
  'needs?\\s+improvement(?:\\s+to\\s+be\\s+good)?',
  'satisfactory',
  'perform(?:s|ing|ed)?\\s+(?:excellently|well|adequately|poorly)',
].join('|');

/** Grade words only allowed where the shape leaves no doubt (table cells, "Grade 4 (Poor)"). */
export const STRICT_GRADE_SOURCE = `${GRADE_SOURCE}|excellent|poor`;

const RANKS: Record<string, number> = {
  outstanding: 1,
  excellent: 1,
  'performs excellently': 1,
  good: 2,
  'performs well': 2,
  adequate: 3,
  satisfactory: 3,
  'requires improvement': 3,
  'performs adequately': 3,
  inadequate: 4,
  poor: 4,
  'performs poorly': 4,
};

// Grades are written a few ways only, so each way is normalised once (a page of 60,000 judgement lines).
const normalised = new Map<string, string>();

/** The scale word in lower case: "Requires Improvement to be good" → "requires improvement". */
export function normaliseGrade(raw: string): string {
  let grade = normalised.get(raw);
  if (grade === undefined) {
    if (normalised.size > 1000) normalised.clear();
    grade = normaliseOnce(raw);
    normalised.set(raw, grade);
  }
  return grade;
}

function normaliseOnce(raw: string): string {
  const words = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^(?:requir|in need of|needs? improvement)/.test(words)) return 'requires improvement';
  const performs = /^perform\w*\s+(\w+)/.exec(words);
  if (performs) return `performs ${performs[1]}`;
  return words;
}

/** Rank 1 (best) to 4, or null for a grade off the four-point scale. */
export function rankGrade(grade: string): number | null {
  return RANKS[normaliseGrade(grade)] ?? null;
}

const WHOLE_CELL = new RegExp(`^(?:grade\\s*[1-4]\\s*(?:[:(–-]\\s*)?)?\\(?(${STRICT_GRADE_SOURCE})\\)?\\s*[.*]?$`, 'i');

/** The grade when a whole table cell is one grade ("Good", "Grade 3 (Adequate)"), else null. */
export function gradeOfCell(cell: string): string | null {
  const m = WHOLE_CELL.exec(cell.trim());
  return m ? normaliseGrade(m[1]!) : null;
}
