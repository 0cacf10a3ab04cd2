// Reading what the extension did to a page: highlights through CSS.highlights, the card through CDP.
import type { BrowserContext, Frame, Page } from 'playwright-core';

export type HighlightTexts = Record<string, string[]>;

/** Waits until the content script has finished its scan of the frame. */
export async function waitForLens(target: Page | Frame, states = /painted|silent/): Promise<string> {
  const handle = await target.waitForFunction(
    (source) => {
      const state = document.documentElement.dataset.inspectionLens ?? '';
      return new RegExp(source).test(state) ? state : false;
    },
    states.source,
    { timeout: 30000 },
  );
  return (await handle.jsonValue()) as string;
}

/** Highlight names and the text of their ranges, read in the page's own world. */
export function readHighlights(target: Page | Frame): Promise<HighlightTexts> {
  return target.evaluate(() =>
    Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, [...h].map((r) => r.toString())])),
  );
}

interface CdpNode {
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function textOf(node: CdpNode): string {
  if (node.nodeName === 'STYLE') return '';
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  return (node.children ?? []).map(textOf).join(' ');
}

/** The card's text, or null when there is no card or it is hidden. The shadow root is closed,
 * so page scripts cannot read it; the DevTools protocol can. */
export async function readCard(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'inspection-lens-card' });
    if (!nodeId) return null;
    const { node: host } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as { node: CdpNode };
    const card = host?.shadowRoots?.[0]?.children?.find((c) => c.nodeName === 'DIV');
    if (!card || (card.attributes ?? []).includes('hidden')) return null;
    return textOf(card).replace(/\s+/g, ' ').trim();
  } finally {
    await cdp.detach();
  }
}

function clipIdsIn(node: CdpNode, into: Set<string>): Set<string> {
  const attributes = node.attributes ?? [];
  const at = attributes.indexOf('data-clip');
  if (at >= 0) into.add(attributes[at + 1]!);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) clipIdsIn(child, into);
  return into;
}

/** The ids of the saved clips marked on a web page. The marks live in the card's closed shadow
 * root, where page scripts cannot read them; the DevTools protocol can. */
export async function readClipMarks(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'inspection-lens-card' });
    if (!nodeId) return [];
    const { node: host } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as { node: CdpNode };
    return [...clipIdsIn(host, new Set())].sort();
  } finally {
    await cdp.detach();
  }
}

/** Letters and digits only, so range text (cells run together) compares with quotes (cells tab-separated). */
export const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The id of the tab that was brought to the front last, asked of the extension's service worker. */
export async function frontTabId(context: BrowserContext): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<Array<{ id: number }>> } } }).chrome.tabs
      .query({ active: true, lastFocusedWindow: true })
      .then((tabs) => tabs[0]!.id),
  );
}
