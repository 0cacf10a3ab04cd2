// Pages that try the content script: huge, restless, framed and hostile. No crash, no hang, no injection.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';
import { readCard, readHighlights, waitForLens } from './page-helpers';

const REPORT_HEAD = `<h1>Inspection of Dudley local authority children’s services</h1>
<p>Inspection dates: 31 October to 11 November 2022</p>`;
const JUDGEMENTS = `<table><tr><td>Overall effectiveness</td><td>Inadequate</td></tr></table>`;
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

const manyNodes = Array.from({ length: 100_000 }, (_, i) => `<span>word${i} </span>`).join('');
const generated = {
  'many-nodes.html': page(`${REPORT_HEAD}<p>${manyNodes}</p>${JUDGEMENTS}`),
  'changing.html': page(`${REPORT_HEAD}<div id="feed"></div>
<script>
  let n = 0;
  setInterval(() => { const p = document.createElement('p'); p.textContent = 'Update ' + (++n); document.getElementById('feed').append(p); }, 30);
  setTimeout(() => document.body.insertAdjacentHTML('beforeend', '${JUDGEMENTS}'), 800);
</script>`),
  'framed.html': page(`<iframe src="ilacs-summary.html" width="600" height="400"></iframe><iframe src="nested.html"></iframe>`),
  'nested.html': page(`<iframe src="ilacs-summary.html"></iframe>`),
  'hostile.html': page(`${REPORT_HEAD}${JUDGEMENTS}
<h2>What needs to improve?</h2>
<ul>
<li>Records that show &lt;img src=x onerror="window.__pwned=1"&gt; the child’s wishes and feelings.</li>
<li>Plans that end &lt;/style&gt;&lt;script&gt;window.__pwned=2&lt;/script&gt; with clear actions.</li>
</ul>
<p>${'A very long line without any break at all. '.repeat(25_000)}</p>
<script>
  // Chromium itself crashes past about 5,000 levels (measured without the extension), so 2,000.
  let deep = document.body;
  for (let i = 0; i < 2000; i++) { const d = document.createElement('div'); deep.append(d); deep = d; }
  deep.textContent = 'The deepest text.';
</script>`),
};

const env = useBrowser(generated);

async function open(name: string): Promise<Page> {
  const p = await env.context.newPage();
  await p.goto(env.server.url(name));
  return p;
}

describe('robustness', () => {
  it('paints a page of 100,000 text nodes and keeps it responsive', async () => {
    const p = await open('many-nodes.html');
    expect(await waitForLens(p)).toBe('painted');
    expect((await readHighlights(p))['inspection-lens-inadequate']).toEqual(['Overall effectivenessInadequate']);
    expect(await p.evaluate(() => document.querySelectorAll('span').length)).toBe(100_000);
    await p.close();
  });

  it('paints content that arrives later on a page that never stops changing', async () => {
    const p = await open('changing.html');
    await expect
      .poll(async () => (await readHighlights(p))['inspection-lens-inadequate'], { timeout: 15000 })
      .toEqual(['Overall effectivenessInadequate']);
    expect(await p.evaluate(() => document.querySelectorAll('#feed p').length)).toBeGreaterThan(10);
    expect(await p.evaluate(() => document.querySelectorAll('inspection-lens-card').length)).toBeLessThanOrEqual(1);
    await p.close();
  });

  it('paints reports inside frames and nested frames, each in its own document', async () => {
    const p = await open('framed.html');
    const frames = p.frames().filter((f) => f.url().endsWith('ilacs-summary.html'));
    expect(frames).toHaveLength(2);
    for (const frame of frames) {
      await waitForLens(frame);
      expect((await readHighlights(frame))['inspection-lens-good']).toHaveLength(1);
    }
    await p.close();
  });

  it('treats text that looks like HTML as text, and survives very long lines and deep nesting', async () => {
    const p = await open('hostile.html');
    expect(await waitForLens(p)).toBe('painted');
    const recommendations = (await readHighlights(p))['inspection-lens-recommendation'] ?? [];
    expect(recommendations).toHaveLength(2);
    expect(recommendations[0]).toContain('<img src=x onerror="window.__pwned=1">');
    await p.keyboard.press('Alt+Shift+KeyN');
    await p.keyboard.press('Alt+Shift+KeyN');
    expect(await readCard(p)).toContain('Recommendation');
    expect(await p.evaluate(() => (window as { __pwned?: number }).__pwned ?? null)).toBeNull();
    expect(await p.evaluate(() => document.querySelectorAll('img, inspection-lens-card script').length)).toBe(0);
    await p.close();
  });
});
