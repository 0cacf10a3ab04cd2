import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// An action plan's table restates each of the inspection's recommendations in its first column and the
// council's actions, leads and dates in the others (recommendation | action | lead | date), its rows
// flattened to lines with tabs, bars or wide gutters between cells (invented wording, the shape of real
// improvement plans in cabinet and scrutiny papers). Only the recommendation cell is one.
const PAPER = 'Anyshire County Council\nScrutiny Committee\n12 March 2024\n\nOfsted inspected children’s services in January 2024. The action plan is below.\n\n';
const found = (body: string) => detectReport(PAPER + body).recommendations.map((r) => [r.quote, r.source]);
const WANT = [
  ['The quality of assessments for children in need', 'inspection'],
  ['Oversight of children who go missing from care', 'inspection'],
];

describe('the recommendation column of an action plan table', () => {
  it.each([
    'Recommendation\tAction\tLead\tDate\nThe quality of assessments for children in need\tNew assessment framework\tHead of Service\tJune 2024\nOversight of children who go missing from care\tWeekly tracking meeting\tService Manager\tMay 2024\n',
    '| Ofsted recommendation | Action | Lead officer | Timescale |\n|---|---|---|---|\n| The quality of assessments for children in need | New assessment framework | Head of Service | June 2024 |\n| Oversight of children who go missing from care | Weekly tracking meeting | Service Manager | May 2024 |\n',
    'No.\tArea for improvement\tWhat we will do\tBy when\tRAG\n1\tThe quality of assessments for children in need\tNew assessment framework\tJune 2024\tGreen\n2\tOversight of children who go missing from care\tWeekly tracking meeting\tMay 2024\tAmber\n',
    'Area for improvement      Action                        Lead\n1. The quality of assessments for children in need      New assessment framework      Head of Service\n2. Oversight of children who go missing from care      Weekly tracking meeting      Service Manager\n',
  ])('%j gives each recommendation cell', (body) => {
    expect(found(body)).toEqual(WANT);
  });

  it.each([
    // a grade table, and a table of actions with no recommendation column
    'Area\tJudgement\nHelp and protection\tGood\nChildren in care\tRequires improvement to be good\n',
    'Action\tLead\tDate\nRecruit two new team managers\tDirector\tJune 2024\nOpen a new children’s home\tHead of Service\tMay 2024\n',
  ])('%j gives none', (body) => {
    expect(found(body)).toEqual([]);
  });
});
