import { progressOf, type QueueState } from '../lib/ofsted/queue';
import { ukDate } from '../lib/model/uk-date';

interface Props {
  queue: QueueState;
  onCancel: () => void;
}

/** The Ofsted queue: "3 of 9" with a bar, Cancel while it runs, and one line per finished file. */
export function QueueProgress({ queue, onCancel }: Props) {
  const { done, total, running } = progressOf(queue);
  if (total === 0) return null;
  const finished = queue.items.filter((i) => i.status !== 'waiting');
  return (
    <div class="queue-progress">
      <label for="ofsted-progress">
        {done} of {total}
      </label>{' '}
      <progress id="ofsted-progress" value={done} max={total} />{' '}
      {running ? (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
      <ul class="ofsted-results" aria-live="polite">
        {finished.map((i) => (
          <li
            key={i.fileUrl}
            class={i.status === 'saved' || i.status === 'skipped' ? 'ok' : i.status === 'fetching' ? 'busy' : 'error'}
          >
            {i.status === 'saved' ? '✓' : i.status === 'skipped' ? '=' : i.status === 'fetching' ? '…' : '✗'} {i.authority},{' '}
            {i.kind}, {i.date ? ukDate(i.date) : 'undated'}: {i.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
