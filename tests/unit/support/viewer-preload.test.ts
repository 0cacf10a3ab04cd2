import type { IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import { viewerPreload } from '../../../support/viewer-preload';

const PAGE = '<html><head><title>x</title></head><body></body></html>';

/** A written bundle with pdf.js's chunk and another, as Vite hands it to the page's last step. */
function context(path: string): IndexHtmlTransformContext {
  const chunk = (fileName: string, facadeModuleId: string | null) => ({ type: 'chunk', fileName, facadeModuleId });
  return {
    path,
    filename: path,
    bundle: {
      a: chunk('chunks/pdf-AbC123.js', '/repo/node_modules/pdfjs-dist/build/pdf.mjs'),
      b: chunk('chunks/viewer-screen-XyZ.js', '/repo/entrypoints/viewer/viewer-screen.tsx'),
      c: chunk('chunks/shared-Q.js', null),
    },
  } as unknown as IndexHtmlTransformContext;
}

function run(path: string): string {
  const hook = viewerPreload().transformIndexHtml as { handler: (html: string, ctx: IndexHtmlTransformContext) => string };
  return hook.handler(PAGE, context(path));
}

describe('viewerPreload', () => {
  it('names pdf.js’s chunk, and only it, as a module to preload in the viewer’s page', () => {
    const html = run('/entrypoints/viewer/index.html');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/chunks/pdf-AbC123.js"></head>');
    expect(html).not.toContain('viewer-screen');
    expect(html).not.toContain('shared-Q');
  });

  it('leaves every other page as it was', () => {
    expect(run('/entrypoints/sidepanel/index.html')).toBe(PAGE);
    expect(run('/entrypoints/briefing/index.html')).toBe(PAGE);
  });
});
