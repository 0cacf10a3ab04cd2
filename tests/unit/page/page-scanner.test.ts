// @vitest-environment happy-dom
// The content script re-reads a page when it changes; a change that leaves the text as it was
// (a class toggled, a menu opened and closed) must not cost another detection.
import { describe, expect, it } from 'vitest';
import { createPageScanner } from '../../../entrypoints/inspection.content/page-lens';
import type { Lens } from '../../../lib/page/lens';
import type { Findings } from '../../../lib/model/findings';

const findings = { judgements: [], recommendations: [], document: null } as unknown as Findings;

function scanner() {
  const detected: string[] = [];
  const shown: string[] = [];
  const lens = { show: (surface: { text: string }) => (shown.push(surface.text), { judgements: 1, recommendations: 0 }) };
  const detect = (text: string) => (detected.push(text), Promise.resolve(findings));
  const scan = createPageScanner(document, lens as unknown as Lens, detect, new AbortController().signal);
  return { scan, detected, shown };
}

describe('re-reading a page', () => {
  it('detects again only when the text has changed, and paints every time', async () => {
    document.body.innerHTML = '<p>The inspection found that services are <b>good</b>.</p>';
    const { scan, detected, shown } = scanner();
    await scan();
    document.body.querySelector('p')!.className = 'expanded';
    await scan();
    expect(detected).toHaveLength(1);
    expect(shown).toHaveLength(2);
    document.body.insertAdjacentHTML('beforeend', '<p>Recommendations follow.</p>');
    await scan();
    expect(detected).toHaveLength(2);
    expect(detected[1]).toContain('Recommendations follow.');
  });

  it('detects again after a detection that failed', async () => {
    document.body.innerHTML = '<p>The inspection found that services are good.</p>';
    let calls = 0;
    const lens = { show: () => ({ judgements: 1, recommendations: 0 }) };
    const detect = () => (++calls === 1 ? Promise.reject(new Error('stopped')) : Promise.resolve(findings));
    const scan = createPageScanner(document, lens as unknown as Lens, detect, new AbortController().signal);
    await expect(scan()).rejects.toThrow('stopped');
    await scan();
    expect(calls).toBe(2);
  });
});
