import { useState } from 'preact/hooks';

interface Props {
  matches: number;
  currentMatch: number;
  onFind: (query: string, step: 1 | -1 | 0) => void;
}

/** Find in the report: matches as you type, Enter for the next, Shift+Enter for the previous. */
export function FindBox(p: Props) {
  const [query, setQuery] = useState('');
  return (
    <form
      class="group"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        p.onFind(query, 1);
      }}
    >
      <input
        id="find"
        type="search"
        placeholder="Find in report"
        aria-label="Find in report"
        value={query}
        onInput={(e) => {
          const q = (e.currentTarget as HTMLInputElement).value;
          setQuery(q);
          p.onFind(q, 0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.shiftKey) {
            e.preventDefault();
            p.onFind(query, -1);
          }
        }}
      />
      <span aria-live="polite" class="matches">
        {query ? (p.matches === 0 ? 'No matches' : `${p.currentMatch + 1} of ${p.matches}`) : ''}
      </span>
    </form>
  );
}
