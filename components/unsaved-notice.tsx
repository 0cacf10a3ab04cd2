/** Says plainly that the open report, not saved, is left out of what reads the store (Authorities,
 * a comparison chosen there, the meeting briefing): `left` names what leaves it out. The one action
 * offered puts it in; nothing is saved unless the councillor asks. */
export function UnsavedNotice({ title, left, onSave }: { title: string; left: string; onSave: () => void }) {
  return (
    <p class="notice">
      The open report “{title}” is not saved, so {left}.{' '}
      <button type="button" onClick={onSave}>
        Save report
      </button>
    </p>
  );
}
