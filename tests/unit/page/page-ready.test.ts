// @vitest-environment happy-dom
// The content script starts at document_start and reads once the page is parsed: these decide when.
import { describe, expect, it } from 'vitest';
import { afterNextFrame, documentParsed, nextTask, pendingStylesheets, stylesheetsSettled } from '../../../lib/page/page-ready';

describe('when the content script reads a page', () => {
  it('a parsed document is ready at once; a loading one at its DOMContentLoaded', async () => {
    let parsed = false;
    await documentParsed(document).then(() => (parsed = true));
    expect(parsed).toBe(true);
    const loading = {
      readyState: 'loading',
      addEventListener: (type: string, fn: () => void) => type === 'DOMContentLoaded' && setTimeout(fn, 5),
    };
    let later = false;
    const waiting = documentParsed(loading as unknown as Document).then(() => (later = true));
    expect(later).toBe(false);
    await waiting;
    expect(later).toBe(true);
  });

  it('gives other tasks a turn without a timer', async () => {
    const order: string[] = [];
    const slice = nextTask().then(() => order.push('next task'));
    order.push('same task');
    await slice;
    expect(order).toEqual(['same task', 'next task']);
  });

  it('waits for a stylesheet still loading, until it loads', async () => {
    document.head.innerHTML = '<link rel="stylesheet" href="data:text/css,">';
    const link = document.querySelector('link')!;
    Object.defineProperty(link, 'sheet', { value: null, configurable: true });
    expect(pendingStylesheets(document)).toEqual([link]);
    let settled = false;
    const waiting = stylesheetsSettled(document, 10_000).then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    link.dispatchEvent(new Event('load'));
    await waiting;
    expect(settled).toBe(true);
  });

  it('waits no longer than its cap for a stylesheet that never arrives', async () => {
    document.head.innerHTML = '<link rel="stylesheet" href="data:text/css,">';
    Object.defineProperty(document.querySelector('link')!, 'sheet', { value: null, configurable: true });
    await stylesheetsSettled(document, 30); // resolves: the test would time out otherwise
    document.head.innerHTML = '';
    expect(pendingStylesheets(document)).toEqual([]);
  });

  it('reads after the next frame is drawn, so a slice never has to work out the styles itself', async () => {
    const order: string[] = [];
    let drawFrame = () => {};
    const view = {
      document: { visibilityState: 'visible' },
      requestAnimationFrame: (callback: () => void) => (drawFrame = () => (callback(), order.push('frame drawn'))),
    } as unknown as Window;
    const reading = afterNextFrame(view, 10_000).then(() => order.push('reading'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    drawFrame();
    await reading;
    expect(order).toEqual(['frame drawn', 'reading']);
  });

  it('does not wait for a frame in a hidden tab, nor longer than its cap', async () => {
    const never = { requestAnimationFrame: () => 0 };
    await afterNextFrame({ ...never, document: { visibilityState: 'hidden' } } as unknown as Window, 10_000);
    await afterNextFrame({ ...never, document: { visibilityState: 'visible' } } as unknown as Window, 30);
  });
});
