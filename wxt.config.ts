import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { join } from 'node:path';
import { ICON_DIR, ICON_SIZES, manifestIcons, renderIcons } from './scripts/icons';
import { LOCALES_DIR, writeLocales } from './scripts/locales';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  hooks: {
    // The icons are rendered from assets/icon/icon.svg on every build, never committed as images.
    'build:before': async () => {
      await renderIcons();
    },
    // WXT takes the toolbar's and the sidebar's titles from the pages' <title>: name the messages instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      const toolbar = manifest.action ?? manifest.browser_action;
      if (toolbar) toolbar.default_title = '__MSG_action_title__';
      const sidebar = (manifest as { sidebar_action?: { default_title?: string } }).sidebar_action;
      if (sidebar) sidebar.default_title = '__MSG_sidebar_title__';
    },
    'build:publicAssets': (_wxt, files) => {
      for (const size of ICON_SIZES) files.push({ absoluteSrc: join(ICON_DIR, `${size}.png`), relativeDest: `icon/${size}.png` });
      // The interface's strings, written from utils/i18n/locales on every build.
      for (const rel of writeLocales()) files.push({ absoluteSrc: join(LOCALES_DIR, rel), relativeDest: rel });
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    // The strings are utils/i18n/locales' (written to _locales at build time).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: [
      'contextMenus',
      'tabs',
      'scripting',
      'alarms',
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    host_permissions: ['http://*/*', 'https://*/*'],
    icons: manifestIcons(),
    // The toolbar button's and the sidebar's icons are named in popup/index.html and sidepanel/index.html (the same files).
    commands: {
      'save-highlight': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmd_save_highlight__' },
      'next-quote': { suggested_key: { default: 'Alt+Shift+Q' }, description: '__MSG_cmd_next_quote__' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'crossread@example.org', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
