// What the viewer says before it has a PDF: how to open one, and, for a clip of a file from this
// computer, that the file must be opened again (the viewer cannot read it by itself).
export function NoSource({ reopenFile }: { reopenFile: string | null }) {
  return (
    <>
      {reopenFile ? (
        <p class="notice reopen" role="status">
          “{reopenFile}” is a file on this computer. Open it again with “Open a PDF…” (or drop it here) to go to the clip.
        </p>
      ) : null}
      <p class="empty">Open a PDF with the button above, or drop one here. Files never leave this computer.</p>
    </>
  );
}
