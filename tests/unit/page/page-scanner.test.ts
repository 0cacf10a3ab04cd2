// @vitest-environment happy-dom
// The content script re-reads a page when it changes; a change that leaves the text as it was
// (a class toggled, a menu opened and closed) must not cost another detection.
import { describe, expect, it } from 'vitest';
import { createPageScanner } from '../../../entrypoints/inspection.content/page-lens';
import type { Lens } from '../../../lib/page/lens';
import type { Findings } from '../../../lib/model/findings';
import { findingsBefore, firstScreens, HEAD_CHARS } from '../../../entrypoints/inspection.content/first-screens';

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
    const lens = { show: () => ({ judgements: 1, recommendations: 0 }), clearPreview: () => {} };
    const detect = () => (++calls === 1 ? Promise.reject(new Error('stopped')) : Promise.resolve(findings));
    const scan = createPageScanner(document, lens as unknown as Lens, detect, new AbortController().signal);
    await expect(scan()).rejects.toThrow('stopped');
    await scan();
    expect(calls).toBe(2);
  });
});

describe('reading a page early', () => {
  it('starts detecting before the first frame is drawn, and paints the same text when it all shows', async () => {
    document.body.innerHTML = '<p>The inspection found that services are good.</p>';
    const frames: FrameRequestCallback[] = [];
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = (fn) => (frames.push(fn), 1);
    try {
      const { scan, detected, shown } = scanner();
      const scanning = scan();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(detected).toEqual(['The inspection found that services are good.']);
      expect(frames).toHaveLength(1);
      frames[0]!(performance.now());
      await scanning;
      expect(detected).toHaveLength(1);
      expect(shown).toEqual(detected);
    } finally {
      window.requestAnimationFrame = raf;
    }
  });

  it('highlights the whole page as soon as its findings come back, before the frame and before the check that it shows', async () => {
    document.body.innerHTML = '<p>The inspection found that services are good.</p>';
    const frames: FrameRequestCallback[] = [];
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = (fn) => (frames.push(fn), 1);
    try {
      const previews: string[] = [];
      const shown: string[] = [];
      const lens = {
        preview: (s: { text: string }) => previews.push(s.text),
        show: (s: { text: string }) => (shown.push(s.text), { judgements: 1, recommendations: 0 }),
      };
      const detect = () => Promise.resolve(findings);
      const scan = createPageScanner(document, lens as unknown as Lens, detect, new AbortController().signal);
      const scanning = scan();
      await new Promise((resolve) => setTimeout(resolve, 20));
      // No frame has been drawn: the card and the side panel wait, the highlights do not.
      expect(previews).toEqual(['The inspection found that services are good.']);
      expect(shown).toEqual([]);
      frames[0]!(performance.now());
      await scanning;
      expect(shown).toEqual(previews);
      // A second reading paints with show alone.
      await scan();
      expect(previews).toHaveLength(1);
    } finally {
      window.requestAnimationFrame = raf;
    }
  });

  it('detects the visible text again when a stylesheet hides some of what was read early', async () => {
    document.body.innerHTML =
      '<style>.old { display: none }</style><p class="old">Overall effectiveness: inadequate</p><p>The inspection judged overall effectiveness good</p>';
    const { scan, detected, shown } = scanner();
    await scan();
    expect(detected).toHaveLength(2);
    expect(detected[0]).toContain('inadequate');
    expect(detected[1]).toBe('The inspection judged overall effectiveness good');
    expect(shown).toEqual(['The inspection judged overall effectiveness good']);
  });
});

describe('the first screens of a long page', () => {
  const judgement = (start: number) => ({ ruleId: 'r', area: 'overall', grade: 'good', start, end: start + 10 });

  it('detects the beginning first and highlights what lies well before the cut, then shows the whole page', async () => {
    const para = (i: number) => `<p>Paragraph ${i}: the inspection judged the service good, as the report says.</p>`;
    document.body.innerHTML = Array.from({ length: 600 }, (_, i) => para(i)).join('');
    const detected: string[] = [];
    const previews: Array<{ text: string; starts: number[] }> = [];
    const shown: string[] = [];
    const detect = (text: string) => {
      detected.push(text);
      // One finding at the start, and one just before the end of what was sent.
      return Promise.resolve({
        judgements: [judgement(10), judgement(text.length - 100)],
        recommendations: [],
        document: null,
      } as unknown as Findings);
    };
    const lens = {
      preview: (s: { text: string }, f: Findings) => previews.push({ text: s.text, starts: f.judgements.map((j) => j.start) }),
      show: (s: { text: string }) => (shown.push(s.text), { judgements: 2, recommendations: 0 }),
    };
    // A first slice of 0 ms: the page is too long for it, so its beginning goes first.
    const scan = createPageScanner(document, lens as unknown as Lens, detect, new AbortController().signal, 0);
    await scan();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(detected).toHaveLength(2);
    expect(detected[0]!.length).toBeGreaterThanOrEqual(HEAD_CHARS);
    expect(detected[1]!.startsWith(detected[0]!)).toBe(true);
    expect(detected[1]!.length).toBeGreaterThan(detected[0]!.length);
    // The finding near the cut is left to the whole page's reading, whose findings are all
    // highlighted as soon as they come back.
    expect(previews).toEqual([
      { text: detected[0], starts: [10] },
      { text: detected[1], starts: [10, detected[1]!.length - 100] },
    ]);
    expect(shown).toEqual([detected[1]]);
    // A second reading (the page changed) is the whole page's only.
    document.body.insertAdjacentHTML('beforeend', '<p>Recommendations follow.</p>');
    await scan();
    expect(detected).toHaveLength(3);
    expect(previews).toHaveLength(2);
  });

  it("never lets a beginning that comes back late replace the whole page's highlights", async () => {
    document.body.innerHTML = Array.from(
      { length: 600 },
      (_, i) => `<p>Paragraph ${i}: the inspection judged the service good.</p>`,
    ).join('');
    const answers: Array<() => void> = [];
    const detect = (text: string) =>
      new Promise<Findings>((resolve) =>
        answers.push(() =>
          resolve({ judgements: [judgement(text.length - 20)], recommendations: [], document: null } as unknown as Findings),
        ),
      );
    const previews: number[] = [];
    const lens = {
      preview: (s: { text: string }) => previews.push(s.text.length),
      show: () => ({ judgements: 1, recommendations: 0 }),
    };
    const scanning = createPageScanner(document, lens as unknown as Lens, detect, new AbortController().signal, 0)();
    while (answers.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    answers[1]!(); // the whole page first
    await new Promise((resolve) => setTimeout(resolve, 5));
    answers[0]!(); // then its beginning
    await scanning;
    expect(previews).toHaveLength(1);
    expect(previews[0]).toBeGreaterThan(HEAD_CHARS);
  });

  it('clears the first screens’ highlights when the whole page is given up, and takes no later ones', async () => {
    document.body.innerHTML = Array.from(
      { length: 600 },
      (_, i) => `<p>Paragraph ${i}: the inspection judged the service good.</p>`,
    ).join('');
    const answers: Array<() => void> = [];
    const detect = (text: string) =>
      new Promise<Findings>((resolve, reject) =>
        answers.push(() =>
          text.length > HEAD_CHARS * 2
            ? reject(new Error('given up'))
            : resolve({ judgements: [judgement(10)], recommendations: [], document: null } as unknown as Findings),
        ),
      );
    const calls: string[] = [];
    const lens = {
      preview: () => calls.push('preview'),
      clearPreview: () => calls.push('clear'),
      show: () => (calls.push('show'), { judgements: 1, recommendations: 0 }),
    };
    const scanning = createPageScanner(document, lens as unknown as Lens, detect, new AbortController().signal, 0)();
    while (answers.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    answers[0]!(); // the beginning is highlighted
    await new Promise((resolve) => setTimeout(resolve, 5));
    answers[1]!(); // the whole page is given up
    await expect(scanning).rejects.toThrow('given up');
    expect(calls).toEqual(['preview', 'clear']);
    // A beginning that comes back after the page was given up is not highlighted.
    calls.length = 0;
    answers.length = 0;
    const late = createPageScanner(document, lens as unknown as Lens, detect, new AbortController().signal, 0)();
    while (answers.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    answers[1]!();
    await expect(late).rejects.toThrow('given up');
    answers[0]!();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(calls).toEqual(['clear']);
  });

  it('keeps the findings that end by the cut', () => {
    const findings = { judgements: [judgement(0), judgement(95)], recommendations: [{ start: 50, end: 120 }] };
    const kept = findingsBefore(findings as unknown as Findings, 100);
    expect(kept.judgements.map((j) => j.start)).toEqual([0]);
    expect(kept.recommendations).toEqual([]);
  });

  it('sends nothing early for a page read whole in its first slice', async () => {
    document.body.innerHTML = Array.from({ length: 600 }, (_, i) => `<p>Paragraph ${i} of the inspection report.</p>`).join('');
    const detected: string[] = [];
    const detect = (text: string) => (detected.push(text), Promise.resolve(findings));
    const lens = { preview: () => {}, show: () => ({ judgements: 1, recommendations: 0 }) };
    const scan = createPageScanner(document, lens as unknown as Lens, detect, new AbortController().signal, 60_000);
    await scan();
    expect(detected).toHaveLength(1);
    expect(detected[0]!.length).toBeGreaterThan(HEAD_CHARS);
  });

  it('is waited for only once the beginning was sent, and then until its findings are painted', async () => {
    let answer = (_: Findings) => {};
    const detect = () => new Promise<Findings>((resolve) => (answer = resolve));
    const previews: number[] = [];
    const lens = { preview: () => previews.push(1) } as unknown as Lens;
    const screens = firstScreens(window, lens, detect, new AbortController().signal)!;
    await screens.shown(); // a short page: nothing handed over, nothing to wait for
    screens.head.take({ text: 'The inspection judged overall effectiveness good. '.repeat(300), segments: [] });
    await screens.shown(); // not sent until the reading's first pause
    screens.release();
    let shown = false;
    void screens.shown().then(() => (shown = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(shown).toBe(false);
    answer({ judgements: [], recommendations: [], document: null } as unknown as Findings);
    await screens.shown();
    expect(previews).toEqual([1]);
  });
});
