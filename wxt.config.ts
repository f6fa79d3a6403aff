import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
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
