// Where the finding card is, found from the page the way the pointer finds it: the card's host is
// what the page sees under the pointer (its closed shadow root stays unreadable). Run in the page,
// so these functions carry no imports; both Playwright and Puppeteer pass them to evaluate().

/** A point well inside the card shown for the first range of highlight `name` (below or above it),
 * or null when no card is there. */
export function cardPointNear(name: string): { x: number; y: number } | null {
  const range = [...CSS.highlights.get(name)!][0] as Range;
  const a = range.getClientRects()[0]!;
  const x = a.left + 16;
  const isCard = (y: number) => document.elementFromPoint(x, y)?.localName === 'inspection-lens-card';
  for (let dy = 1; dy < 200; dy += 2) {
    if (isCard(a.bottom + dy) && isCard(a.bottom + dy + 12)) return { x, y: a.bottom + dy + 12 };
    if (isCard(a.top - dy) && isCard(a.top - dy - 12)) return { x, y: a.top - dy - 12 };
  }
  return null;
}

/** Is the card what the pointer meets at ([x, y])? */
export function isCardAt([x, y]: [number, number]): boolean {
  return document.elementFromPoint(x, y)?.localName === 'inspection-lens-card';
}

/** Resolves after two animation frames: the lens reads the pointer once a frame, the last move of a
 * frame only, so a move off the findings must be given a frame before the pointer comes back or the
 * lens never sees that it left. */
export function twoFrames(): Promise<boolean> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))));
}
