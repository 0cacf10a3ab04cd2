import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
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
    // Ofsted's report files open in the viewer, which reads them from there.
    host_permissions: ['https://files.ofsted.gov.uk/*', 'https://reports.ofsted.gov.uk/*'],
    // The redirect of an Ofsted file into the viewer may start from a link on any site.
    web_accessible_resources: [{ resources: ['viewer.html'], matches: ['<all_urls>'] }],
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
