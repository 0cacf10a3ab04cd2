// A grade counted over many authorities or many unnamed areas is no one authority's judgement
// (GUIDELINES: "counts across many authorities"): national round-ups in news and briefings write the
// count as the grade's subject. "with one in five departments being judged inadequate", "a third of
// local authorities (20) judged good", "a quarter were judged to be ‘inadequate’", "in just over a
// quarter (27%) the local authority was found to be …", "Eleven shed their inadequate rating", "the
// grades received in each area, 13 being ‘good’", "Only one resulted in … ‘outstanding’". The areas of
// one judgement counted ("three of the four key areas were rated good") are that authority's, and kept.

const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)`;

// A denominator is never a year: "the most recent one in 2022".
const SMALL = String.raw`(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred)`;

// One authority named among the count is graded: "Anyshire is one of only six rated …", "among 12 councils".
const ONE_AMONG = new RegExp(String.raw`\b(?:one\s+of|among)\s+(?:only\s+|just\s+)?(?:the\s+)?${NUMBER}\b`, 'i');

// One pattern per count shape; each reads only the clause before the grade (at most LEAD characters).
const COUNT_BEFORE = new RegExp(
  [
    // "one in five departments", "one in every four councils"
    String.raw`\b${NUMBER}\s+in\s+(?:every\s+)?${SMALL}\b`,
    // "a third of local authorities", "a quarter were", "half of those inspected" (not "the first half of the year")
    String.raw`\b(?:a|one|two|three)[\s-](?:half|third|quarter|fifth)s?\b(?!\s+of\s+(?:the\s+)?(?:year|month|decade|century|term))`,
    String.raw`(?<!\b(?:first|second|last|the)\s)\bhalf\s+(?:of\s+)?(?:the|all|those|these)\s+(?:councils|authorities|local|departments|inspected|LAs)\b`,
    // "(27%)", "40 per cent of"
    String.raw`\d\s?%|\b\d+\s+per\s?cent\b`,
    // A bare number opening its clause as the subject, then a verb or "being": "Eleven shed their …", ", 13 being ‘good’"
    String.raw`(?:^|[,;:(]\s*|\b(?:only|just)\s+)${NUMBER}\s+(?:(?:more|others?|further)\s+)?(?:being|were|are|have|had|has|was|is|shed|lost|ditched|resulted|received|achieved|gained|got|moved|improved|declined|dropped|fell)\b`,
    // "one in five departments", "19 councils", "six departments"
    String.raw`\b${NUMBER}\s+(?:other\s+)?(?:departments|councils|(?:local\s+)?authorities|LAs|children[’']s\s+services\s+departments)\b`,
  ].join('|'),
  'i',
);
const LEAD = 160;
// Where the grade's clause opens: a sentence end, a line break (headlines, list items), a semicolon or a
// contrast ("…, whereas this Council had been judged …").
const CLAUSE_OPEN = /[.!?;]\s|\n|,\s+(?:whereas|while|whilst|but)\s/g;

/** Does the clause before the grade at `gradeStart` (up to LEAD characters) count many authorities or unnamed areas? */
export function countedBefore(text: string, gradeStart: number): boolean {
  const from = Math.max(0, gradeStart - LEAD);
  const lead = text.slice(from, gradeStart);
  let open = 0;
  for (const m of lead.matchAll(CLAUSE_OPEN)) open = m.index + m[0].length;
  const clause = lead.slice(open);
  return COUNT_BEFORE.test(clause) && !ONE_AMONG.test(clause);
}
