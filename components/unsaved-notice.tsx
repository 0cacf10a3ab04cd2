/** Says plainly that the open report, not saved, is left out of what reads the store (Authorities,
 * a comparison chosen there, the meeting briefing), with the one action that puts it in. Nothing is
 * saved unless the councillor asks. */
export function UnsavedNotice({ title, inComparison, onSave }: { title: string; inComparison: boolean; onSave: () => void }) {
  const left = inComparison
    ? 'the meeting briefing and Authorities leave it out'
    : 'this comparison and the meeting briefing leave it out';
  return (
    <p class="notice">
      The open report “{title}” is not saved, so {left}.{' '}
      <button type="button" onClick={onSave}>
        Save report
      </button>
    </p>
  );
}
