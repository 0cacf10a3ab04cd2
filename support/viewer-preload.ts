// A build step for the viewer's page: pdf.js's module is named in viewer.html as a module to
// preload, so the browser fetches and compiles its 400 kB beside the viewer's start module instead
// of after it. The start module asks for it only once it runs (a dynamic import, so the start stays
// small and the PDF's fetch and pdf.js's worker start first); the name is hashed, known only once
// the bundle is written, hence this step rather than a line in the page.
import type { Plugin } from 'vite';

/** The modules preloaded by the viewer's page: pdf.js itself (the rest of the viewer waits). */
const PRELOADED = [/[\\/]pdfjs-dist[\\/]build[\\/]pdf\.mjs$/];

/** Adds `<link rel="modulepreload">` for pdf.js's chunk to viewer.html (built pages only). */
export function viewerPreload(): Plugin {
  return {
    name: 'inspection-lens-viewer-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !/(?:^|[\\/])viewer[\\/]index\.html$/.test(ctx.path)) return html;
        const files = Object.values(ctx.bundle)
          .filter((out) => out.type === 'chunk' && PRELOADED.some((p) => out.facadeModuleId !== null && p.test(out.facadeModuleId)))
          .map((out) => out.fileName);
        const links = files.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`).join('');
        return html.replace('</head>', `${links}</head>`);
      },
    },
  };
}
