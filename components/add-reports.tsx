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
  /** heading level: 2 where this is the first section under the page heading (nothing compared yet) */
  level?: 2 | 3;
}

/** The typed lines split into web addresses and the lines that are not one (blank lines dropped). */
export function splitAddresses(text: string): { urls: string[]; others: string[] } {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const isUrl = (l: string) => /^https?:\/\/\S+$/.test(l);
  return { urls: lines.filter(isUrl), others: lines.filter((l) => !isUrl(l)) };
}

/** Several earlier reports at once, as files or addresses, with progress and one line per report. */
export function AddReports({ progress, onFiles, onUrls, level = 3 }: Props) {
  const [urls, setUrls] = useState('');
  const [others, setOthers] = useState<string[]>([]);
  const busy = progress !== null && progress.done < progress.total;
  const Heading = level === 2 ? 'h2' : 'h3';
  const addUrls = () => {
    const split = splitAddresses(urls);
    setOthers(split.others);
    if (split.urls.length) onUrls(split.urls);
  };
  return (
    <section aria-labelledby="add-title" class="add-reports">
      <Heading id="add-title">Add earlier reports</Heading>
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
      <button type="button" disabled={busy || !urls.trim()} onClick={addUrls}>
        Add from addresses
      </button>
      <ul class="add-results" aria-live="polite">
        {others.map((line, i) => (
          <li key={i} class="error">
            {`not an address: ${line}`}
          </li>
        ))}
      </ul>
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
