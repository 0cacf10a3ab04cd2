// Later-loaded content: re-scan after the page has been quiet for a moment, but at least every few
// seconds on a page that never stops changing.

const QUIET_MS = 600;
const MAX_WAIT_MS = 4000;

/** Adding or removing our own nodes (the card's host under <html>) is not a page change. */
const isOwnInsertion = (r: MutationRecord, isOwn: (node: Node) => boolean) =>
  r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOwn);

/** Calls `onChange` after text or element changes under `root`, except those `isOwn` claims. */
export function watchChanges(root: Node, onChange: () => void, isOwn: (node: Node) => boolean, signal: AbortSignal): void {
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    clearTimeout(quiet);
    clearTimeout(deadline);
    quiet = deadline = undefined;
    if (!signal.aborted) onChange();
  };
  const observer = new MutationObserver((records) => {
    if (records.every((r) => isOwn(r.target) || isOwnInsertion(r, isOwn))) return;
    clearTimeout(quiet);
    quiet = setTimeout(fire, QUIET_MS);
    deadline ??= setTimeout(fire, MAX_WAIT_MS);
  });
  // Text shown or hidden without a DOM change (a details opened, an accordion section expanded)
  // changes what the reader sees, and so the findings.
  const attributeFilter = ['hidden', 'open', 'aria-expanded', 'aria-hidden'];
  observer.observe(root, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(quiet);
    clearTimeout(deadline);
  });
}
