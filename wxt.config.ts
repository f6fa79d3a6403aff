import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { join } from 'node:path';
import { ICON_DIR, ICON_SIZES, manifestIcons, renderIcons } from './scripts/icons';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  hooks: {
    // The icons are rendered from assets/icon/icon.svg on every build, never committed as images.
    'build:before': async () => {
      await renderIcons();
    },
    'build:publicAssets': (_wxt, files) => {
      for (const size of ICON_SIZES) files.push({ absoluteSrc: join(ICON_DIR, `${size}.png`), relativeDest: `icon/${size}.png` });
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Crossread',
    description: 'Read the news across outlets: same-story coverage and who said what, all on your device.',
    permissions: [
      'storage',
      'contextMenus',
      'tabs',
      'scripting',
      'alarms',
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    host_permissions: ['http://*/*', 'https://*/*'],
    icons: manifestIcons(),
    // The toolbar button's and the sidebar's icons are named in popup/index.html and sidepanel/index.html (the same files).
    action: { default_title: 'Crossread' },
    commands: {
      'save-highlight': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Save the selected text as a highlight' },
      'next-quote': { suggested_key: { default: 'Alt+Shift+Q' }, description: 'Show the next quotation other outlets also carry' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'crossread@example.org', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
