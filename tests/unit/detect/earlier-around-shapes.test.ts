import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Earlier grades whose time is given around the grade's own wording (a lead-in sentence, a heading,
// the tense, a history list, a relative clause), never taken as the discussed inspection's (issue 10).
// Invented wording, real shapes of council papers and news items.
const NEWS =
  'Children’s services in Rutland improve\n\nPublished: 12 March 2024\n\nAn inspection of Rutland County Council’s children’s services took place in January 2024.\n\n';
const found = (body: string) =>
  detectReport(NEWS + body).judgements.map((j) => ({ areaKey: j.areaKey, grade: j.grade, inspection: j.inspection }));
const grades = (body: string) => found(body).map((j) => `${j.grade}@${j.inspection ?? 'current'}`);

describe('a past lead-in sentence without a date', () => {
  it('an undated past grade after a sentence about the previous inspection is that inspection’s', () => {
    expect(
      grades('At the previous inspection, the picture was very different. Services were rated inadequate by Ofsted.\n'),
    ).toEqual(['inadequate@previous']);
    expect(
      grades('The last inspection was a difficult one for the council. Its services were judged to be inadequate.\n'),
    ).toEqual(['inadequate@previous']);
    expect(
      grades(
        'When Ofsted last visited, leaders had only just been appointed. The education regulator rated the department inadequate.\n',
      ),
    ).toEqual(['inadequate@previous']);
  });

  it('a dated lead-in gives its date', () => {
    expect(
      grades('The previous inspection took place in April 2016. Ofsted branded the council’s services inadequate.\n'),
    ).toEqual(['inadequate@April 2016']);
  });

  it('not after "since the last inspection", nor for a grade told in the present', () => {
    expect(grades('Since the last inspection, leaders have worked hard. Services were rated good by Ofsted.\n')).toEqual([
      'good@current',
    ]);
    expect(grades('At the previous inspection, the picture was different. Services are now rated good.\n')).toEqual([
      'good@current',
    ]);
    expect(
      grades('At the previous inspection, the picture was different. This week, services were rated good by Ofsted.\n'),
    ).toEqual(['good@current']);
  });
});

describe('past perfect: "had been rated", "having been"', () => {
  it('is an earlier grade', () => {
    expect(grades('It had been rated “inadequate” for safeguarding.\n')).toEqual(['inadequate@previous']);
    expect(grades('Children’s services had previously been found to be inadequate by Ofsted.\n')).toEqual([
      'inadequate@previous',
    ]);
    expect(grades('Leadership was praised, having been ‘requires improvement’ overall.\n')).toEqual([
      'requires improvement@previous',
    ]);
  });

  it('not in reported speech: minutes, "said that"', () => {
    const minutes =
      'Rutland County Council\n\nMinutes of the Children and Young People Scrutiny Committee held on 4 March 2024\n\nThe Director reported on the inspection of children’s services in January 2024.\n\n';
    const inMinutes = (body: string) =>
      detectReport(minutes + body).judgements.map((j) => `${j.grade}@${j.inspection ?? 'current'}`);
    expect(inMinutes('Members were pleased to note that Children’s Services had been judged as ‘Good’.\n')).toEqual([
      'good@current',
    ]);
    expect(inMinutes('The Council had been judged to be good overall.\n')).toEqual(['good@current']);
    expect(grades('The Director said that services had been rated good by inspectors.\n')).toEqual(['good@current']);
  });

  it('a dated past perfect keeps its date; "has been rated" is the new grade', () => {
    expect(grades('Services had been rated inadequate in 2019.\n')).toEqual(['inadequate@2019']);
    expect(grades('Children’s services have been rated good by Ofsted.\n')).toEqual(['good@current']);
  });
});

describe('"since the ‘inadequate’ rating": the grade a period started from', () => {
  it('is an earlier grade', () => {
    expect(
      grades('The county council has spent £20 million on improving children’s services since the inadequate rating.\n'),
    ).toEqual(['inadequate@previous']);
    expect(grades('Much has changed for children’s services since their ‘requires improvement’ judgement.\n')).toEqual([
      'requires improvement@previous',
    ]);
    expect(grades('Services have improved steadily since the “inadequate” Ofsted rating.\n')).toEqual(['inadequate@previous']);
  });

  it('not "since it was rated good" in the present, nor a grade without a rating noun', () => {
    expect(grades('Children’s services have been rated good since the council’s restructure.\n')).toEqual(['good@current']);
  });
});

describe('a date relative to the item’s own time: "four years ago", "six years prior"', () => {
  it('is the earlier grade’s date as written', () => {
    expect(grades('Children’s services were rated “good” two years ago.\n')).toEqual(['good@two years ago']);
    expect(grades('The council improved after it was given an “inadequate” rating six years prior.\n')).toEqual([
      'inadequate@six years prior',
    ]);
    expect(grades('Three years ago children’s services were judged to be inadequate by Ofsted.\n')).toEqual([
      'inadequate@Three years ago',
    ]);
  });

  it('the new grade before "having previously been" stays current; a grade with no relative date has none', () => {
    expect(
      grades('The council has been rated “inadequate” by Ofsted having previously been judged as “good” four years ago.\n'),
    ).toEqual(['good@four years ago', 'inadequate@current']);
    expect(grades('Services were rated good by Ofsted, two years after the new director arrived.\n')).toEqual(['good@current']);
    expect(
      grades(
        'The council was rated ‘outstanding’ for its children’s services after it was given an “inadequate” rating six years prior.\n',
      ),
    ).toContain('outstanding@current');
  });
});

describe('a dated lead-in, then "then"', () => {
  it('the grade takes the lead-in’s date and the discussed inspection stays the newest', () => {
    expect(grades('Ofsted inspected the council in November 2011. Services were then rated as “good”.\n')).toEqual([
      'good@November 2011',
    ]);
    expect(
      grades('Ofsted inspected the council in 2018. At that time, children’s services were judged to require improvement.\n'),
    ).toEqual(['requires improvement@2018']);
    const history =
      'Rutland news\n\nOfsted inspected the council in November 2018. Services were then judged inadequate.\n\nA new inspection took place in January 2024.\n';
    expect(detectReport(history).document.discusses?.date).toBe('January 2024');
  });
});

describe('the previous sentence’s earlier date carries to an undated past grade of the same paragraph', () => {
  it('carries', () => {
    expect(grades('In 2019, services were judged inadequate by Ofsted. Leadership was also rated inadequate.\n')).toEqual([
      'inadequate@2019',
      'inadequate@2019',
    ]);
  });

  it('not to a grade told as new', () => {
    expect(grades('In 2019, services were judged inadequate by Ofsted. Help and protection is now rated good.\n')).toEqual([
      'inadequate@2019',
      'good@current',
    ]);
  });
});

describe('a relative clause with its own dated grade', () => {
  it('the date in the grade’s own clause is its date', () => {
    expect(
      grades(
        'The council, which received an “outstanding” rating for its child protection in 2012, was handed a “requires improvement” rating for its children’s services following a visit by the inspectorate in 2016.\n',
      ),
    ).toEqual(['outstanding@2012', 'requires improvement@2016']);
  });
});

describe('negatives: future dates, the next inspection, meetings, schools, targets', () => {
  it('stay current or none', () => {
    expect(grades('Services were rated good. The next inspection is expected in 2027.\n')).toEqual(['good@current']);
    expect(grades('The committee met on 3 April 2024. Members noted that services were rated good.\n')).toEqual(['good@current']);
    expect(grades('The council aims for services to be good by 2026.\n')).toEqual([]);
    expect(grades('Oakham Primary School had been rated good in 2015.\n').filter((g) => g.endsWith('current'))).toEqual([]);
  });
});

describe('a history list: "2012: Inadequate" one a line', () => {
  it('each line is its date’s grade; the discussed inspection’s is current', () => {
    expect(
      grades(
        'Ofsted’s judgements of the council’s children’s services:\n\n- 2012: Inadequate\n- 2016: Requires improvement\n- January 2024: Good\n\n',
      ),
    ).toEqual(['inadequate@2012', 'requires improvement@2016', 'good@current']);
    expect(grades('Inspection history:\n2014 – Good\n2019 – Outstanding\n\n')).toEqual(['good@2014', 'outstanding@2019']);
    expect(grades('The council’s Ofsted ratings:\n• June 2013: ‘Adequate’\n\n')).toEqual(['adequate@June 2013']);
  });

  it('not a list of schools or targets, nor lines with no lead-in', () => {
    expect(grades('Our targets for the service:\n- 2026: Good\n- 2028: Outstanding\n\n')).toEqual([]);
    expect(grades('Schools rated by Ofsted:\n- 2019: Good\n\n')).toEqual([]);
    expect(grades('Timeline\n\n2012: Inadequate\n\n')).toEqual([]);
  });
});

describe('a grade given "for the second time in a row": the earlier inspection gave it too', () => {
  it('adds the earlier grade on the phrase, dated by an aside about the previous inspection', () => {
    expect(grades('Children’s services have been rated inadequate for the second time in six years.\n')).toEqual([
      'inadequate@current',
      'inadequate@previous',
    ]);
    expect(grades('The council was rated ‘outstanding’ for the second time in a row.\n')).toEqual([
      'outstanding@current',
      'outstanding@previous',
    ]);
    expect(
      grades('For the second inspection in a row (the previous being in 2018), Rutland was judged as ‘outstanding’ by Ofsted.\n'),
    ).toEqual(['outstanding@2018', 'outstanding@current']);
  });

  it('"by Ofsted inspectors for the second time", "which remained the same as at the last inspection in 2018"', () => {
    expect(
      grades(
        'The council’s children’s services have been rated inadequate by Ofsted inspectors for the second time in six years.\n',
      ),
    ).toEqual(['inadequate@current', 'inadequate@previous']);
    expect(
      grades('Children’s services were judged ‘good’, which remained the same as at the last inspection in 2018.\n'),
    ).toEqual(['good@current', 'good@2018']);
    expect(grades('Children’s services were rated ‘good’, the same as many other councils.\n')).toEqual(['good@current']);
  });

  it('not for a first grade or another count', () => {
    expect(grades('Rutland’s services were judged good, the second time the council has been inspected.\n')).toEqual([
      'good@current',
    ]);
    expect(grades('The council was rated ‘good’ by Ofsted. It is the second council in the region to be so rated.\n')).toEqual([
      'good@current',
    ]);
  });
});

describe('a past perfect lead sentence sets the paragraph before the item’s time', () => {
  it('an undated past grade after it is an earlier one', () => {
    expect(
      grades(
        'Inspectors had found serious failings in child protection work. The inspectors deemed the council’s children’s services “inadequate”.\n',
      ),
    ).toEqual(['inadequate@previous']);
  });

  it('not in minutes, where the past perfect is reported speech', () => {
    const minutes =
      'Rutland County Council\n\nMinutes of the Children and Young People Scrutiny Committee held on 4 March 2024\n\nThe Director reported on the inspection of children’s services in January 2024.\n\n';
    const body = 'Inspectors had found strong practice in child protection work. Children’s services were judged to be “good”.\n';
    expect(detectReport(minutes + body).judgements.map((j) => j.inspection)).toEqual([null]);
  });
});

describe('"the last inspection four years ago"', () => {
  it('names the grade’s inspection as the last one: "previous"', () => {
    expect(grades('Ofsted judged the council as “requires improvement” following the last inspection four years ago.\n')).toEqual(
      ['requires improvement@previous'],
    );
  });
});
