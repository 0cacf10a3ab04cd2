// The viewer's page box: previous, the page number (typed), next.
/** Previous / next and the page number box of a PDF of several pages. */
export function PageBox(p: { page: number; pageCount: number; onPage: (page: number) => void }) {
  return (
    <span class="group">
      <button type="button" aria-label="Previous page" disabled={p.page <= 1} onClick={() => p.onPage(p.page - 1)}>
        ‹
      </button>
      <label>
        Page{' '}
        <input
          type="number"
          min={1}
          max={p.pageCount}
          value={p.page}
          aria-label="Page number"
          onChange={(e) => p.onPage(Number((e.currentTarget as HTMLInputElement).value))}
        />{' '}
        of {p.pageCount}
      </label>
      <button type="button" aria-label="Next page" disabled={p.page >= p.pageCount} onClick={() => p.onPage(p.page + 1)}>
        ›
      </button>
    </span>
  );
}
