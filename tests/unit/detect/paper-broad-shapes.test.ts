import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// The broad sentence rule for papers and the widened recommendation shapes (invented wording, real
// shapes found by rewriting labelled sentences: npm run eval:variants). Each shape has three or more
// variants and its nearest false friend.
const PAPER = 'Agenda item\n\nChildren and Families Overview Committee\n\n';
const found = (body: string) => detectReport(PAPER + body);
const grades = (body: string) => found(body).judgements.map((j) => `${j.areaKey}|${j.grade}`);
const recs = (body: string) => found(body).recommendations.map((r) => `${r.source}|${r.quote}`);
const quotes = (body: string) => found(body).recommendations.map((r) => r.quote);

describe('any judging verb, any quotation marks, any case', () => {
  it('deemed, classed, branded, ranked, labelled: the same judgement', () => {
    expect(grades('Anyshire children’s services have once again been deemed inadequate.\n')).toEqual(['overall|inadequate']);
    expect(grades('Ofsted classed help and protection services as “requires improvement”.\n')).toEqual([
      'help_protection|requires improvement',
    ]);
    expect(grades('Ofsted branded Anyshire’s child services inadequate in all areas.\n')).toContain('overall|inadequate');
    expect(grades('Care leavers’ services were ranked Good by the inspectors.\n')).toEqual(['care_leavers|good']);
  });

  it('a grade in quotes before what it grades: the report, the area', () => {
    expect(grades('The council took no pleasure from the ‘inadequate’ Ofsted report on its children’s services.\n')).toEqual([
      'overall|inadequate',
    ]);
    expect(grades('Ofsted praised the ‘outstanding’ leadership and management of the service.\n')).toContain('leaders|outstanding');
    expect(grades('Inspectors criticised Anyshire’s "inadequate" child protection services.\n')).toEqual([
      'help_protection|inadequate',
    ]);
  });

  it('good practice, aims, shares, general statements and plural ratings are none', () => {
    expect(grades('Inspectors found good practice in the children’s services department.\n')).toEqual([]);
    expect(grades('The council aims to be rated good at its next inspection.\n')).toEqual([]);
    expect(grades('A quarter of English councils are now rated outstanding by Ofsted for their children’s services.\n')).toEqual([]);
    expect(grades('The department has received good and outstanding Ofsted ratings.\n')).toEqual([]);
  });
});

describe('subjects papers give a grade', () => {
  it('a pronoun after the inspectorate, a place, a headline’s bare council', () => {
    expect(grades('Overall, inspectors found it continued to "require improvement".\n')).toEqual(['overall|requires improvement']);
    expect(grades('First Ofsted inspection in four years rates council as ‘requires improvement’\n')).toEqual([
      'overall|requires improvement',
    ]);
    expect(grades('The director said Anyshire, which was rated requires improvement by Ofsted, has improved.\n')).toEqual([
      'overall|requires improvement',
    ]);
  });

  it('moving between grades: each grade has the subject', () => {
    const moved = grades('Anyshire’s children’s services have moved from an overall grade of ‘inadequate’ to ‘good’ after the inspection.\n');
    expect(moved.sort()).toEqual(['overall|good', 'overall|inadequate']);
  });

  it('a parent’s view, a count of boards, a sub-topic are none', () => {
    expect(grades('Parents found they were good.\n')).toEqual([]);
    expect(grades('No LSCB has been judged outstanding by Ofsted.\n')).toEqual([]);
    expect(grades('Inspectors recognised the support for young people leaving care as good.\n')).toEqual([]);
  });
});

describe('recommendations restated in papers, in any words', () => {
  it('a lead-in naming areas needing improvement, ending in a colon or a dash, then bullets', () => {
    const body = 'The areas identified as requiring improvement comprised –\n\n·   the quality of assessments of risk;\n\n·   the timeliness of pathway plans.\n';
    expect(quotes(body)).toEqual(['the quality of assessments of risk;', 'the timeliness of pathway plans.']);
    const colon = 'Areas where the trust needs to improve include:\n\n• The response to domestic abuse\n';
    expect(quotes(colon)).toEqual(['The response to domestic abuse']);
  });

  it('"These were X; Y; and Z" after areas needing improvement, and "X and Y were areas requiring priority action"', () => {
    const body =
      'Three areas were highlighted in the letter as needing improvement. These were return home interviews; the timeliness of early help; and management oversight.\n';
    expect(recs(body).map((r) => r.split('|')[1])).toEqual([
      'return home interviews',
      'the timeliness of early help',
      'management oversight',
    ]);
    // Two short area names joined by "and" are two areas, each its own recommendation (GUIDELINES: one per listed area).
    expect(recs('An inspection last year found that multi-agency working and strategy meetings were areas requiring priority action.\n')).toHaveLength(2);
  });

  it('"highlighted an immediate need to", "immediate needs include"; the council’s own needs are none', () => {
    expect(recs('Ofsted inspected the service in June. They have highlighted an immediate need to ensure caseloads are manageable.\n')).toEqual([
      'inspection|ensure caseloads are manageable',
    ]);
    expect(recs("Ofsted inspected the service in June. 'Immediate needs' include making sure children attend their conferences.\n")).toEqual([
      'inspection|making sure children attend their conferences',
    ]);
    expect(recs('The council highlighted an immediate need to find savings of £2m.\n')).toEqual([]);
  });

  it('"the Mayor agreed that:" then (1), (2): the committee’s own', () => {
    const body = 'Having considered the report, the Mayor\nagreed that:\n(1) the inspection report be noted;\n(2) the improvement plan be endorsed;\n';
    expect(recs(body)).toEqual(['committee|the inspection report be noted;', 'committee|the improvement plan be endorsed;']);
  });
});
