import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// "the service" in a past clause refers back to the area its sentence already named; only a sentence
// that names no area leaves it the overall service (invented wording, shape of ILACS and SIF openings).
const NEWS = 'Anyshire news\n\n';
const earlier = (body: string) =>
  detectReport(NEWS + body)
    .judgements.filter((j) => j.inspection !== null)
    .map((j) => ({ areaKey: j.areaKey, grade: j.grade }));

describe('"the service" in a since/when clause takes the area its sentence named', () => {
  it.each([
    [
      'Support for care leavers has strengthened markedly since the previous inspection, when the service was judged inadequate.\n',
      'care_leavers',
      'inadequate',
    ],
    [
      'Help for children who need protection is much better since the last inspection, when the service was judged to require improvement.\n',
      'help_protection',
      'requires improvement',
    ],
    [
      'The work with children looked after has moved on since the last inspection, when the service was found to be inadequate.\n',
      'in_care',
      'inadequate',
    ],
    [
      'Provision for young people leaving care has improved a great deal since 2016, when the services were rated inadequate.\n',
      'care_leavers',
      'inadequate',
    ],
  ])('%s', (body, areaKey, grade) => {
    const all = earlier(body);
    expect(all).toContainEqual({ areaKey, grade });
    expect(all.filter((j) => j.areaKey === 'overall')).toEqual([]);
  });

  it.each([
    'Much has improved since the last inspection, when the service was judged to be inadequate.\n',
    'Leaders have made steady progress since 2017, when the services were judged inadequate.\n',
  ])('no area named: the overall service (%s)', (body) => {
    expect(earlier(body)).toContainEqual({ areaKey: 'overall', grade: 'inadequate' });
  });
});
