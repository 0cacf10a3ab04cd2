import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// A journey told as dated steps with no verb of movement: "from inadequacy in 2012, to ‘requires
// improvement’ in 2014, onto ‘outstanding’ in 2018 and now ‘outstanding’ again in 2023". Each dated step
// is an earlier inspection's grade; the step "now" is the discussed one's. Invented wording, the real
// shape of council blogs and news items.
const NEWS = 'Anyshire children’s services celebrate\n\nPublished: 12 March 2024\n\n';
const steps = (body: string) => detectReport(NEWS + body).judgements.map((j) => `${j.grade}@${j.inspection ?? 'current'}`);

describe('a dated journey between grades', () => {
  it('each dated step, the grade word or its noun', () => {
    expect(
      steps(
        'Anyshire’s children’s services have had quite a journey: from inadequacy in 2012, to ‘requires improvement’ in 2015, onto ‘good’ in 2019 and now ‘outstanding’ in 2024.\n',
      ),
    ).toEqual(['inadequate@2012', 'requires improvement@2015', 'good@2019', 'outstanding@current']);
  });

  it('two steps are enough', () => {
    expect(steps('The council’s journey, from ‘inadequate’ in 2013 to ‘good’ in March 2018, was praised.\n')).toEqual([
      'inadequate@2013',
      'good@March 2018',
    ]);
  });

  it('not one step, nor an aim', () => {
    expect(steps('Children’s services were moved from one directorate in 2013 to another in 2015.\n')).toEqual([]);
    expect(steps('The plan sets out how the council aims to go from ‘good’ in 2024 to ‘outstanding’ in 2027.\n')).toEqual([]);
  });
});
