import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Where the end-to-end tests, the demo and the benchmarks serve their pages. Only test builds
 * (`wxt build --mode test`, into .output/<browser>-test) run the lens there by themselves: in
 * the shipped build a page on this machine or the local network gets nothing it did not ask for. */
const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** The extension's own pages may be framed by one another only: a framed viewer on a web page
 * could have its buttons clicked through (a permission prompt, the auto-open setting). Chrome and
 * Firefox both apply frame-ancestors from this key; the rest is each browser's default. */
const PAGES_CSP = {
  chrome: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; frame-ancestors 'self';",
  firefox: "script-src 'self'; object-src 'self'; frame-ancestors 'self';",
};

export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'test') return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...TEST_HOSTS];
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Inspection Lens',
    description: 'Finds the judgements and recommendations in Ofsted children’s services reports and council papers.',
    // activeTab + scripting: the toolbar button runs the lens on any page it is clicked on;
    // optional hosts: "Always run on this site" asks for that one site only.
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'contextMenus',
      'declarativeNetRequestWithHostAccess',
      // Chrome: detection's workers live in an offscreen document (a service worker cannot start one).
      ...(manifestVersion === 3 ? ['offscreen'] : []),
    ],
    commands: {
      'clip-selection': { suggested_key: { default: 'Alt+Shift+C' }, description: 'Clip the selected text to Inspection Lens' },
    },
    // Ofsted's report files open in the viewer, which reads them from there; and, only when the
    // user asks for an authority's earlier reports, its provider pages and report files are read.
    host_permissions: ['https://files.ofsted.gov.uk/*', 'https://reports.ofsted.gov.uk/*'],
    // The redirect of an Ofsted file into the viewer may start from a link on any site. Chrome's
    // dynamic address changes every session, so a site cannot fetch viewer.html by the public id
    // to learn the extension is installed; Firefox's address is already random per install.
    web_accessible_resources: [
      { resources: ['viewer.html'], matches: ['<all_urls>'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    // (WXT writes this as the one MV2 string for Firefox.)
    content_security_policy: { extension_pages: browser === 'firefox' ? PAGES_CSP.firefox : PAGES_CSP.chrome },
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: 'Inspection Lens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'inspection-lens@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
