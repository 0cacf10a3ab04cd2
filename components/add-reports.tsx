import { useState } from 'preact/hooks';

export interface AddProgress {
  total: number;
  done: number;
  results: Array<{ name: string; ok: boolean; message: string }>;
}

interface Props {
  progress: AddProgress | null;
  onFiles: (files: File[]) => void;
  onUrls: (urls: string[]) => void;
}

/** Several earlier reports at once, as files or addresses, with progress and one line per report. */
export function AddReports({ progress, onFiles, onUrls }: Props) {
  const [urls, setUrls] = useState('');
  const busy = progress !== null && progress.done < progress.total;
  return (
    <section aria-labelledby="add-title" class="add-reports">
      <h3 id="add-title">Add earlier reports</h3>
      <label class="button">
        Add reports…
        <input
          type="file"
          multiple
          accept="application/pdf,.pdf,.html,.htm,.txt"
          class="visually-hidden"
          disabled={busy}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            if (files.length) onFiles(files);
          }}
        />
      </label>
      <label for="add-urls">Or addresses, one per line</label>
      <textarea id="add-urls" value={urls} onInput={(e) => setUrls(e.currentTarget.value)} />
      <button
        type="button"
        disabled={busy || !urls.trim()}
        onClick={() => onUrls(urls.split(/\s+/).filter((u) => /^https?:\/\//.test(u)))}
      >
        Add from addresses
      </button>
      {progress ? (
        <div>
          <label for="add-progress">
            {progress.done} of {progress.total} read
          </label>{' '}
          <progress id="add-progress" value={progress.done} max={progress.total} />
          <ul class="add-results" aria-live="polite">
            {progress.results.map((r, i) => (
              <li key={i} class={r.ok ? 'ok' : 'error'}>
                {r.ok ? '✓' : '✗'} {r.name}: {r.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
