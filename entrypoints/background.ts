import { defineBackground } from 'wxt/utils/define-background';

// The background will own the store (issue 5); for now it only marks the extension as loaded.
export default defineBackground(() => {
  console.info('Inspection Lens background ready');
});
