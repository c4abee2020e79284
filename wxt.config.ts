import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CATALOGS } from './utils/i18n/catalogs';
import { toLocaleMessages } from './utils/i18n/locales-json';

/** Fixed add-on id: Firefox needs it for storage and for installing a temporary add-on in tests. */
export const GECKO_ID = 'katib@katib.app';

const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const icons = Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/${size}.png`]));

export default defineConfig({
  // One manifest version for both browsers: the same `action`, `scripting` and optional host permissions.
  manifestVersion: 3,
  // Dev mode must never try to launch a browser; the demo and e2e scripts do that themselves.
  webExt: { disabled: true },
  zip: {
    excludeSources: ['test/**', 'shots/**', 'scratch/**', '.ci/**', 'coverage/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons,
    action: { default_title: '__MSG_actionTitle__', default_icon: icons },
    permissions: ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'],
    // Asked for one site at a time: by "Clip link", which must load a page the user has not opened, and by
    // the reader, to fetch a page's other-language version.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // Chromium leaves a suggested key unassigned when it clashes with one of its own (Alt+Shift+C and
    // Alt+Shift+R do), so these are keys it accepts: S for saving a clip, O for opening (Turkish "oku").
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandOpenPopup__' },
      'clip-article': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandClip__' },
      'open-reader': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_commandRead__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The interface catalogs and icons live in utils/ and components/; they are written into the build
    // here rather than kept as copies in a public folder.
    'build:publicAssets': (wxt, files) => {
      for (const [lang, catalog] of Object.entries(CATALOGS)) {
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: `${JSON.stringify(toLocaleMessages(catalog), null, 2)}\n` });
      }
      for (const size of ICON_SIZES) {
        files.push({ absoluteSrc: path.resolve(wxt.config.root, `components/brand/icon-${size}.png`), relativeDest: `icons/${size}.png` });
      }
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
