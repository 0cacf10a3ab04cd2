import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// A date in a later clause after a grade, past a contrast ("whereas in May 2013 …") or "since" ("since
// the authority's formation in April 2023"), is not the grade's own. Invented wording, real shapes of
// news items about an inspection they do not date.
const NEWS = 'Anyshire children’s services news\n\n';
const found = (body: string) => detectReport(NEWS + body).judgements.map((j) => `${j.grade}@${j.inspection ?? 'current'}`);

describe('a later clause’s date', () => {
  it('after a contrast word', () => {
    expect(
      found(
        'Children’s services in Anyshire were rated good whereas in May 2013 they had received a judgement of requires improvement.\n',
      ),
    ).toContain('good@current');
    expect(found('Children’s services in Anyshire were rated outstanding while in 2016 they were inadequate.\n')).toContain(
      'outstanding@current',
    );
  });

  it('after "since"', () => {
    expect(
      found(
        'Anyshire Council’s children’s services received an overall rating of ‘good’ in their first inspection by Ofsted since the authority’s formation in April 2023.\n',
      ),
    ).toEqual(['good@current']);
  });

  it('a date in the grade’s own clause still dates it, "since 2008" too', () => {
    expect(found('Children’s services in Anyshire have been rated inadequate since 2008.\n')).toEqual(['inadequate@2008']);
    expect(found('Anyshire’s children’s services were rated inadequate by Ofsted in May 2013, a report shows.\n')).toEqual([
      'inadequate@May 2013',
    ]);
  });
});
