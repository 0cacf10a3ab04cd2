// @vitest-environment happy-dom
// The page side is the one source of truth for its tab: each set of findings the lens shows gets a
// new revision, told to open panels, and the report says "reading" only until the first one.
import { describe, expect, it } from 'vitest';
import type { Lens, LensView, TextSurface } from '../../../lib/page/lens';
import { createPageSide } from '../../../lib/page/page-side';
import type { Findings } from '../../../lib/model/findings';

const findings = { judgements: [], recommendations: [], document: null } as unknown as Findings;
const surface: TextSurface = { text: 'Overall effectiveness: good', rangeOf: () => null, offsetOf: () => null };

/** The lens's parts the page side reads (painting needs the highlight registry, which happy-dom lacks). */
function fakeLens() {
  let view: LensView | null = null;
  const listeners: Array<() => void> = [];
  return {
    show(shown: TextSurface, found: Findings | null) {
      view = { surface: shown, findings: found, located: [] };
      listeners.forEach((l) => l());
      return { judgements: 0, recommendations: 0 };
    },
    latest: () => view,
    onShown: (l: () => void) => (listeners.push(l), () => {}),
    missingClips: () => [],
  } as unknown as Lens;
}

function side(reading: () => boolean = () => false) {
  const lens = fakeLens();
  const told: number[] = [];
  const page = createPageSide({
    lens,
    identity: () => ({ reportId: 'r', fingerprint: null, url: 'https://example.gov.uk/r', ownTitle: 'R' }),
    savedClips: () => Promise.resolve([]),
    activate: () => ({ judgements: 0, recommendations: 0 }),
    reading: () => reading() && !lens.latest(),
    changed: (revision) => told.push(revision),
  });
  const ask = page.handlers['page/report'] as (request: object, sender: unknown) => unknown;
  const report = () => ask({ type: 'page/report' }, undefined);
  return { lens, page, told, report };
}

describe('page side revisions', () => {
  it('counts each shown set of findings and tells the panel each one', () => {
    const { lens, told, report } = side();
    expect(report()).toMatchObject({ revision: 0, findings: null });
    lens.show(surface, findings);
    lens.show(surface, null);
    lens.show(surface, findings);
    expect(told).toEqual([1, 2, 3]);
    expect(report()).toMatchObject({ revision: 3, findings });
  });

  it('says it is reading until the first show, and not after', () => {
    const { lens, report } = side(() => true);
    expect(report()).toMatchObject({ reading: true, findings: null });
    lens.show(surface, null);
    expect(report()).not.toHaveProperty('reading');
  });

  it('announces its current revision again on request, without counting a new one', () => {
    const { lens, page, told } = side();
    lens.show(surface, findings);
    page.announce();
    expect(told).toEqual([1, 1]);
  });
});
