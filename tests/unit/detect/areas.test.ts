import { describe, expect, it } from 'vitest';
import { areaKeyOf } from '../../../lib/detect/areas';

describe('areaKeyOf', () => {
  it('keeps capacity to improve apart from the area it is about', () => {
    // Found on a saved Kent 2013 page: the sentence was read as an in-care grade.
    expect(areaKeyOf('The capacity to improve services for looked after children and young people in Kent')).toBe('other');
  });

  it('maps the SIF, ILACS and SLAC area names onto the common keys', () => {
    expect(areaKeyOf('The experiences and progress of children in care and care leavers')).toBe('in_care_and_care_leavers');
    expect(areaKeyOf('The experiences and progress of children who need help and protection')).toBe('help_protection');
    expect(areaKeyOf('Children looked after and achieving permanence')).toBe('in_care');
    expect(areaKeyOf('The impact of leaders on social work practice with children and families')).toBe('leaders');
  });
});
