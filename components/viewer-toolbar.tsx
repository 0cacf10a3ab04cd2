import { FindBox } from './find-box';
import { PageBox } from './page-box';

export const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

interface Props {
  url: string | null;
  fileName: string | null;
  page: number;
  pageCount: number;
  scale: number;
  matches: number;
  currentMatch: number;
  autoOpen: boolean;
  onOpenFile: (file: File) => void;
  onOpenOriginal: () => void;
  onPage: (page: number) => void;
  onScale: (scale: number) => void;
  onFind: (query: string, step: 1 | -1 | 0) => void;
  onAutoOpen: (on: boolean) => void;
}

/** The viewer's toolbar: source, pages, zoom, find. Every control is labelled and keyboard reachable. */
export function ViewerToolbar(p: Props) {
  return (
    <div class="toolbar" role="toolbar" aria-label="Report viewer">
      <label class="button">
        Open a PDF…
        <input
          type="file"
          accept="application/pdf,.pdf"
          class="visually-hidden"
          onChange={(e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (file) p.onOpenFile(file);
          }}
        />
      </label>
      <span class="source" title={p.url ?? p.fileName ?? ''}>
        {p.url ?? p.fileName ?? 'No file open'}
      </span>
      {p.url ? (
        <button type="button" onClick={p.onOpenOriginal}>
          Open in the browser’s own viewer
        </button>
      ) : null}
      {/* Without pages there is nothing to page through, zoom or find: no "Page 1 of 0". */}
      {p.pageCount > 0 ? (
        <>
          <PageAndZoom {...p} />
          <FindBox matches={p.matches} currentMatch={p.currentMatch} onFind={p.onFind} />
        </>
      ) : null}
      <label class="group">
        <input
          type="checkbox"
          checked={p.autoOpen}
          onChange={(e) => p.onAutoOpen((e.currentTarget as HTMLInputElement).checked)}
        />
        Open Ofsted reports here automatically
      </label>
    </div>
  );
}

/** The page (box, or words for a single page), and zoom out / level / in. */
function PageAndZoom(p: Pick<Props, 'page' | 'pageCount' | 'scale' | 'onPage' | 'onScale'>) {
  const zoomIndex = ZOOMS.findIndex((z) => z >= p.scale);
  const step = (delta: number) => p.onScale(ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, zoomIndex + delta))]!);
  return (
    <>
      {/* One page (often a blank or scanned one) has nowhere to go: its place is said in words, as a
          text-only reading would otherwise give "Page  of 1" around an empty box. */}
      {p.pageCount === 1 ? <span class="group">Page 1 of 1</span> : <PageBox {...p} />}
      <span class="group">
        <button type="button" aria-label="Zoom out" onClick={() => step(-1)}>
          −
        </button>
        <select
          aria-label="Zoom"
          value={String(p.scale)}
          onChange={(e) => p.onScale(Number((e.currentTarget as HTMLSelectElement).value))}
        >
          {ZOOMS.map((z) => (
            <option key={z} value={String(z)}>
              {Math.round(z * 100)}%
            </option>
          ))}
        </select>
        <button type="button" aria-label="Zoom in" onClick={() => step(1)}>
          +
        </button>
      </span>
    </>
  );
}
