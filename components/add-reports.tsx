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

const isUrl = (line: string) => /^https?:\/\/\S+$/.test(line) && URL.canParse(line);

/** The typed lines split into web addresses (each once) and, for every other line but blank ones,
 * why it is not used: "Line 2: “…” is not a web address (http or https)." (lines count from 1). */
export function splitAddresses(text: string): { urls: string[]; others: string[] } {
  const urls: string[] = [];
  const others: string[] = [];
  const firstLine = new Map<string, number>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const seen = firstLine.get(line);
    if (!isUrl(line)) others.push(`Line ${i + 1}: “${line}” is not a web address (http or https).`);
    else if (seen) others.push(`Line ${i + 1}: the same address as line ${seen}, read once.`);
    else {
      firstLine.set(line, i + 1);
      urls.push(line);
    }
  });
  return { urls, others };
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
      <div aria-live="polite">
        {others.length ? (
          <>
            <p id="add-unused">Lines not used ({others.length})</p>
            <ul class="add-results" aria-labelledby="add-unused">
              {others.map((why, i) => (
                <li key={i} class="error">
                  {why}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
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
