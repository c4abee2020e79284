import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Fixed add-on id: Firefox needs it for storage and for installing a temporary add-on in tests. */
export const GECKO_ID = 'katib@katib.app';

export default defineConfig({
  // Dev mode must never try to launch a browser; the demo and e2e scripts do that themselves.
  webExt: { disabled: true },
  zip: {
    excludeSources: ['test/**', 'shots/**', 'scratch/**', '.ci/**', 'coverage/**'],
  },
  manifest: ({ browser }) => ({
    name: 'Katib',
    description: 'Clean, bilingual reading and structured clipping of Turkish and Arabic news and ministry pages.',
    permissions: ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
  }),
});
