/** What the viewer shows when another page frames it: a sentence and no controls, so a click
 * meant for that page can never land on "Allow" or a setting. */
export function FramedNotice() {
  return (
    <main class="framed">
      <h1>Inspection Lens viewer</h1>
      <p>
        The viewer does not work inside another page. Open the PDF in a tab of its own: with the Inspection Lens toolbar button,
        or “Open in Inspection Lens” on a link.
      </p>
    </main>
  );
}
