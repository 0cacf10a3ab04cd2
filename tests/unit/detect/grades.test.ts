import { describe, expect, it } from 'vitest';
import { gradeOfCell, normaliseGrade, rankGrade } from '../../../lib/detect/grades';
import { areaKeyOf } from '../../../lib/detect/areas';

describe('grades', () => {
  it.each([
    ['Requires Improvement to be good', 'requires improvement'],
    ['Require\nimprovement', 'requires improvement'],
    ['requiring improvement', 'requires improvement'],
    ['Performs well', 'performs well'],
    ['Adequate', 'adequate'],
  ])('normalises %j to %j', (raw, grade) => expect(normaliseGrade(raw)).toBe(grade));

  it('puts Adequate and Requires improvement on the same rank', () => {
    expect(rankGrade('adequate')).toBe(3);
    expect(rankGrade('requires improvement')).toBe(3);
    expect(rankGrade('outstanding')).toBe(1);
    expect(rankGrade('inadequate')).toBe(4);
  });

  it('reads a whole cell as a grade only when it is nothing else', () => {
    expect(gradeOfCell('Grade 3 (Adequate)')).toBe('adequate');
    expect(gradeOfCell('Good')).toBe('good');
    expect(gradeOfCell('Good practice')).toBeNull();
  });
});

describe('area keys', () => {
  it.each([
    ['The impact of leaders on social work practice with children and families', 'leaders'],
    ['The experiences and progress of children in care and care leavers', 'in_care_and_care_leavers'],
    ['The experiences and progress of children in care', 'in_care'],
    ['Experiences and progress of care leavers', 'care_leavers'],
    ['Children looked after and achieving permanence', 'in_care'],
    ['2.1 Adoption performance', 'adoption'],
    ['The effectiveness of the Local Safeguarding Children Board (LSCB)', 'lscb'],
    ['Overall effectiveness of services for looked after children', 'overall'],
    ['Children’s services in Havering', 'overall'],
    ['Being healthy', 'other'],
  ])('%j → %s', (area, key) => expect(areaKeyOf(area)).toBe(key));
});
