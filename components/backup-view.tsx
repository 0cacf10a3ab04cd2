interface Props {
  message: { text: string; error: boolean } | null;
  /** rows of a restore written so far, while it runs */
  progress?: { done: number; total: number } | null;
  onBackup: () => void;
  onRestore: (file: File) => void;
  onCsv: () => void;
  onMarkdown: () => void;
  onWipe: () => void;
}

/** Backup, restore and exports. Files are made and read on this computer only. */
export function BackupView(p: Props) {
  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">Backup and export</h2>
      <p>Everything stays on this computer. A backup holds every saved report and clip.</p>
      <div class="actions">
        <button type="button" onClick={p.onBackup}>
          Back up everything (JSON)
        </button>
        <label class="button">
          Restore from a backup…
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) p.onRestore(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      <div class="actions">
        <button type="button" onClick={p.onCsv}>
          Clips as CSV (Excel)
        </button>
        <button type="button" onClick={p.onMarkdown}>
          Clips as Markdown
        </button>
      </div>
      <h3>Start again</h3>
      <button type="button" onClick={p.onWipe}>
        Delete all saved reports and clips…
      </button>
      {p.progress ? <progress aria-label="Restore" max={p.progress.total} value={p.progress.done} /> : null}
      {/* The status region is always there (empty until needed), so screen readers announce what
          goes into it: a backup starting, a restore's progress and result. */}
      <p role="status" class="ok">
        {p.message && !p.message.error ? p.message.text : ''}
      </p>
      {p.message?.error ? (
        <p role="alert" class="error">
          {p.message.text}
        </p>
      ) : null}
    </section>
  );
}
