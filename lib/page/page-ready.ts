// When the content script may read a page it starts on (as soon as the document is parsed), when
// it may ask what the page shows (after the browser's next frame), and how it gives the page's own
// work a turn between slices of reading. Measured on the 350 kB page of npm run bench:page: asking
// for computed styles at DOMContentLoaded made the first slice work out the whole page's styles
// itself (24–167 ms under load, a long task of ours); after the frame it takes its 8 ms like the
// others. Reading the text by its attributes alone forces no styles, so it starts at once.

const STYLESHEET_WAIT_MS = 3000;

interface YieldingScheduler {
  yield(): Promise<void>;
}

/** Resolves in a new task, ahead of timers: `scheduler.yield()` where the browser has it (Chrome
 * 129+, Firefox 142+), else a MessageChannel message. Unlike `setTimeout(0)`, neither is clamped
 * to 4 ms once nested, so a page read in 100 slices does not wait 400 ms between them. */
export function nextTask(view: Window | typeof globalThis = globalThis): Promise<void> {
  const scheduler = (view as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Stylesheets of `doc` still loading (a `<link rel=stylesheet>` without its sheet yet). */
export function pendingStylesheets(doc: Document): HTMLLinkElement[] {
  const links = [...doc.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet" i]')];
  return links.filter(
    (link) => !link.sheet && !link.disabled && !(link.media && !doc.defaultView?.matchMedia(link.media).matches),
  );
}

/** Waits until `doc`'s stylesheets have loaded or failed, at most `capMs` (3 s): at document_end a
 * stylesheet may still be on its way, and the text it hides must not be read as shown. A page with
 * none (or with all loaded) resolves at once. */
export async function stylesheetsSettled(doc: Document, capMs = STYLESHEET_WAIT_MS): Promise<void> {
  const pending = pendingStylesheets(doc);
  if (pending.length === 0) return;
  const each = pending.map(
    (link) =>
      new Promise<void>((resolve) => {
        link.addEventListener('load', () => resolve(), { once: true });
        link.addEventListener('error', () => resolve(), { once: true });
      }),
  );
  await Promise.race([Promise.all(each), new Promise((resolve) => setTimeout(resolve, capMs))]);
}

/** Resolves once `doc` is parsed: at once when it already is (an injected script), else at its
 * DOMContentLoaded. A content script that starts at document_start waits here, so its own code is
 * loaded before the page is parsed and reading begins the moment the page's DOM is complete. */
export function documentParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/** Resolves once the browser has drawn its next frame (its style and layout done), so asking what
 * shows does not force them in a slice of its own; at once in a hidden document, which draws none, and at
 * most after `capMs`. */
export function afterNextFrame(view: Window, capMs = 100): Promise<void> {
  if (view.document.visibilityState !== 'visible') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, capMs);
    view.requestAnimationFrame(
      () =>
        void nextTask(view).then(() => {
          clearTimeout(timer);
          resolve();
        }),
    );
  });
}
