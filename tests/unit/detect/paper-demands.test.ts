import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { demandRules } from '../../../lib/detect/prose-demand-rules';

// Recommendations a council paper or news item restates in prose, and a committee's own resolutions
// (invented wording, the shapes of real papers and news items). Each input is a short paper.
const PAPER = 'Agenda item\n\nChildren and Young People Scrutiny Committee\n\n';
const recommendations = (body: string) => detectReport(PAPER + body).recommendations.map((r) => [r.quote, r.source, r.deadline]);
const quotes = (body: string) => detectReport(PAPER + body).recommendations.map((r) => r.quote);

describe.each(demandRules.map((r) => [r.id, r] as const))('demand rule %s', (_id, rule) => {
  it.each(rule.examples.match)('opens a demand at %j', (example) => {
    rule.pattern.lastIndex = 0;
    expect(rule.pattern.test(example)).toBe(true);
  });
  it.each(rule.examples.miss)('opens none at %j', (example) => {
    rule.pattern.lastIndex = 0;
    expect(rule.pattern.test(example)).toBe(false);
  });
});

describe('the committee’s own resolutions', () => {
  it('numbered "2.1" items after "RESOLVED to;" are the committee’s', () => {
    expect(
      recommendations(
        'The Leader and Cabinet, RESOLVED to;\n\n\n2.1 Note the findings of the recent focused visit to Anyshire.\n\n\n2.2 Agree that the service plan be refreshed by the spring.\n\n\nThe Leader introduced the item.\n',
      ),
    ).toEqual([
      ['Note the findings of the recent focused visit to Anyshire.', 'committee', null],
      ['Agree that the service plan be refreshed by the spring.', 'committee', null],
    ]);
  });

  it('"Council is RECOMMENDED to …" is the committee’s recommendation', () => {
    expect(recommendations('Cabinet is RECOMMENDED to note the letter and thank the staff concerned.\n')).toEqual([
      ['Cabinet is RECOMMENDED to note the letter and thank the staff concerned.', 'committee', null],
    ]);
  });

  it('a request to discuss, or a recommendation reported in passing, is not', () => {
    expect(quotes('The Panel is asked to discuss the letter.\nThe officer said members were recommended to read it.\n')).toEqual(
      [],
    );
  });
});

describe('Ofsted’s demands restated in prose (source inspection)', () => {
  it('"ordered the council to immediately improve X": one demand, deadline immediately', () => {
    expect(
      recommendations(
        'Ofsted ordered the council to immediately strengthen the recording of management decisions on case files.\n',
      ),
    ).toEqual([['strengthen the recording of management decisions on case files', 'inspection', 'immediately']]);
  });

  it('"ordered … to take immediate action to improve A and ensure B": two demands', () => {
    expect(
      recommendations(
        'Inspectors visited in the spring.\nThey have told the authority to take immediate action to improve supervision records and ensure every child in care has an up-to-date health assessment.\n',
      ),
    ).toEqual([
      ['improve supervision records', 'inspection', 'immediate'],
      ['ensure every child in care has an up-to-date health assessment', 'inspection', 'immediate'],
    ]);
  });

  it('"<Authority> must also ensure …" straight after a demand is another demand', () => {
    expect(
      quotes(
        'Ofsted instructed the council to improve the timeliness of strategy meetings. Anyshire must also ensure that return home interviews are offered to every child who goes missing.\n',
      ),
    ).toEqual([
      'improve the timeliness of strategy meetings',
      'ensure that return home interviews are offered to every child who goes missing',
    ]);
  });

  it('"Ofsted said <Authority> had to improve …", then "It added that X must …"', () => {
    expect(
      quotes(
        'Ofsted said Anyshire had to improve and sustain the quality of pathway plans. It added that all placement plans must clearly record the child’s wishes.\n',
      ),
    ).toEqual(['improve and sustain the quality of pathway plans', 'all placement plans must clearly record the child’s wishes']);
  });

  it('"the report also suggested that X needed to …", "it was important to …, and that Y needed to …"', () => {
    expect(
      quotes(
        'However, the report also suggested that team managers needed to be more visible, and visits were sometimes late.\nInspectors also said it was important to make sure plans were reviewed on time and that leaders needed to listen more closely to care leavers.\n',
      ),
    ).toEqual([
      'team managers needed to be more visible',
      'make sure plans were reviewed on time',
      'leaders needed to listen more closely to care leavers',
    ]);
  });

  it('"told the council it must …" and "recommended that the council improve …"', () => {
    expect(
      quotes(
        'Inspectors told the authority it must reduce the number of changes of social worker. Ofsted also recommended that the council review its use of unregistered placements.\n',
      ),
    ).toEqual(['reduce the number of changes of social worker', 'review its use of unregistered placements']);
  });

  it('"Required improvements included A, B, C and D": one each', () => {
    expect(
      quotes('Required improvements included supervision, return interviews, placement stability and case recording.\n'),
    ).toEqual(['supervision', 'return interviews', 'placement stability', 'case recording']);
  });

  it('"Their report asked for action to be taken to ensure …"', () => {
    expect(
      quotes('Their report asked for action to be taken to ensure that privately fostered children are visited on time.\n'),
    ).toEqual(['ensure that privately fostered children are visited on time']);
  });

  it('the issues identified, "which include A and B", one each', () => {
    expect(
      quotes(
        'The council says work has begun on the issues identified, which include better recording of supervision and reducing the use of agency staff, who make up a third of the workforce.\n',
      ),
    ).toEqual(['better recording of supervision', 'reducing the use of agency staff, who make up a third of the workforce']);
  });
});

describe('nearest sentences that are not Ofsted’s demands', () => {
  it('the council’s own narrative, plans and savings', () => {
    expect(
      quotes(
        'Ofsted visited in March. We have improved the timeliness of assessments since then. The council must save £2m next year and the council needs to save more. Our action plan will ensure that every child has a plan. The council must ensure it is ready for the next inspection, the Leader said. Officers said the improvements required were already under way.\n',
      ),
    ).toEqual([]);
  });

  it('other bodies’ demands and quotes of praise', () => {
    expect(
      quotes(
        'The Department for Education ordered the council to improve its finances. Inspectors said leaders ensure that children are safe. Ofsted said staff should be proud of the difference they make. Inspectors said the council should be congratulated. Ofsted said the council had improved the quality of plans. Inspectors found that staff had to cover vacant posts.\n',
      ),
    ).toEqual([]);
  });

  it('a pronoun with no inspection before it', () => {
    expect(quotes('The council met its budget. It added that every school must publish its results.\n')).toEqual([]);
  });

  it('a school’s next steps in a news item about the school', () => {
    expect(
      quotes(
        'Anytown Primary School has been rated good by Ofsted.\nInspectors said the school must improve attendance and ensure pupils read widely.\n',
      ),
    ).toEqual([]);
  });
});
