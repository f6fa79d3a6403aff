/**
 * Firefox's own window — its sidebar and its menus, the parts of the browser a person clicks that no
 * web page can reach — driven from the tests over the WebDriver BiDi session puppeteer already holds.
 *
 * Why BiDi and not Marionette: Firefox allows one WebDriver session at a time and, with BiDi active,
 * Marionette's `WebDriver:NewSession` is handed to the same BiDi session manager, so a second client
 * cannot get one. BiDi itself reaches the browser chrome once Firefox runs with
 * `--remote-allow-system-access` (the launcher passes it): `browsingContext.getTree` with
 * `"moz:scope": "chrome"` lists the browser windows (`chrome://browser/content/browser.xhtml`), and
 * `script.callFunction` runs privileged script there, where Firefox's front end lives
 * (`SidebarController`, `#contentAreaContextMenu`).
 */
import type { Browser } from 'puppeteer-core';
import { HIGHLIGHT_MENU_ID, MENU_ID } from '../../utils/coverage/menu';
import { ADDON_ID } from './firefox-browser';

/** The browser window as Firefox's front end sees it (only what these tests use). */
export interface ChromeWindow {
  document: Document;
  SidebarController: {
    isOpen: boolean;
    currentID: string;
    hide(): void;
  };
}

/** A XUL menu popup (`<menupopup>`): its state and the call that activates an item as a click does. */
export type XulPopup = Element & { state: string; activateItem(item: Element): void };

export interface FirefoxChrome {
  /**
   * Runs `fn` in the browser window's chrome with `arg` (JSON in, JSON out): `fn` is serialised, so it
   * may use only its argument and the window's globals (cast `globalThis` to `ChromeWindow`).
   */
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** The part of puppeteer's BiDi connection used here; `send` accepts Firefox's `moz:` parameters as they are. */
interface BidiSend {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface ContextInfo {
  context: string;
  url: string;
}

type CallResult = { type: 'success'; result: { type: string; value?: unknown } } | { type: 'exception'; exceptionDetails: { text: string } };

/** Makes a widget id as Firefox does for an add-on (ext-browser's makeWidgetId): its menu items' and sidebar's ids start with it. */
const WIDGET_ID = ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_');

/** The id Firefox gives the add-on's sidebar (SidebarController.currentID while it is shown). */
export const SIDEBAR_ID = `${WIDGET_ID}-sidebar-action`;

/** The ids of the add-on's context-menu items in `#contentAreaContextMenu`, by the extension's own menu ids. */
export const MENU_ITEM = {
  findRelated: `${WIDGET_ID}-menuitem-_${MENU_ID}`,
  saveHighlight: `${WIDGET_ID}-menuitem-_${HIGHLIGHT_MENU_ID}`,
} as const;

/** The browser window's chrome, over the BiDi session of `browser` (one window: the tests open tabs, not windows). */
export async function firefoxChrome(browser: Browser): Promise<FirefoxChrome> {
  const connection = (browser as unknown as { connection?: BidiSend }).connection;
  if (!connection) throw new Error('puppeteer exposes no BiDi connection on this browser (was it launched with protocol "webDriverBiDi"?)');
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as { contexts: ContextInfo[] };
  const win = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!win) throw new Error(`no browser window among the chrome contexts: ${tree.contexts.map((c) => c.url).join(', ')}`);
  return {
    async run(fn, arg) {
      const { result } = await connection.send('script.callFunction', {
        // `__name`: esbuild with keepNames (tsx) wraps inner functions in it; the chrome window has none.
        functionDeclaration: `async (json) => { const __name = (f) => f; return JSON.stringify((await (${fn.toString()})(JSON.parse(json))) ?? null); }`,
        arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
        target: { context: win.context },
        awaitPromise: true,
        resultOwnership: 'none',
      });
      const r = result as CallResult;
      if (r.type === 'exception') throw new Error(`in Firefox's chrome: ${r.exceptionDetails.text}`);
      return JSON.parse(String(r.result.value)) as never;
    },
  };
}

/** Whether the window's sidebar is open and which one it shows. */
export function sidebarState(chrome: FirefoxChrome): Promise<{ open: boolean; id: string | null }> {
  return chrome.run(() => {
    const { SidebarController: s } = globalThis as unknown as ChromeWindow;
    return { open: s.isOpen, id: s.isOpen ? s.currentID : null };
  }, null);
}

/** Closes the sidebar, as its close button does (so that a test can see something open it again). */
export function hideSidebar(chrome: FirefoxChrome): Promise<void> {
  return chrome.run(() => void (globalThis as unknown as ChromeWindow).SidebarController.hide(), null);
}

/**
 * Runs the command of the add-on's item in View › Sidebar (`menubar_menu_<sidebar id>`), the way the
 * README tells a person to open it. The item's own command runs (Firefox's listener on it toggles the
 * sidebar); only the menu bar is not unfolded, which Linux hides by default. Returns the item's label.
 */
export function openSidebarFromViewMenu(chrome: FirefoxChrome): Promise<string> {
  return chrome.run((id) => {
    const { document } = globalThis as unknown as ChromeWindow;
    const item = document.getElementById(`menubar_menu_${id}`) as unknown as (Element & { label: string; doCommand(): void }) | null;
    if (!item || item.closest('#viewSidebarMenu') === null) throw new Error(`no View › Sidebar item for ${id}`);
    item.doCommand();
    return item.label;
  }, SIDEBAR_ID);
}

/**
 * With Firefox's content-area context menu opening (after a real right-click on the page), waits for it,
 * unfolds the submenu holding the add-on's item `itemId` when Firefox grouped the add-on's items under
 * one (it does when more than one applies), and activates the item as a click does (the popup's
 * `activateItem`: the item's command event, then the menus close). Returns the labels a person reads on
 * the way, e.g. ["Crossread", "Find related coverage"].
 */
export function chooseContextMenuItem(chrome: FirefoxChrome, itemId: string, timeoutMs = 10_000): Promise<string[]> {
  return chrome.run(
    async ({ itemId, timeoutMs }) => {
      const { document } = globalThis as unknown as ChromeWindow;
      const until = async (ok: () => boolean, what: string) => {
        const end = Date.now() + timeoutMs;
        while (!ok()) {
          if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      const menu = document.getElementById('contentAreaContextMenu') as unknown as XulPopup;
      await until(() => menu.state === 'open', 'the context menu to open');
      const item = document.getElementById(itemId) as unknown as (Element & { label: string; hidden: boolean; disabled: boolean }) | null;
      if (!item || item.hidden || item.disabled) throw new Error(`the context menu has no usable item ${itemId}`);
      const labels: string[] = [];
      const popup = item.closest('menupopup') as unknown as XulPopup;
      if (popup !== menu) {
        const parent = popup.parentElement as unknown as Element & { label: string; openMenu(open: boolean): void };
        labels.push(parent.label);
        parent.openMenu(true);
        await until(() => popup.state === 'open', `the "${parent.label}" submenu to open`);
      }
      labels.push(item.label);
      popup.activateItem(item);
      await until(() => menu.state === 'closed', 'the context menu to close');
      return labels;
    },
    { itemId, timeoutMs },
  );
}

/**
 * Makes Firefox save downloads into `dir` without asking, as a Firefox set to save files to one folder
 * does (the panel's exports are downloads).
 */
export function saveDownloadsTo(chrome: FirefoxChrome, dir: string): Promise<void> {
  return chrome.run((dir) => {
    type Prefs = { setIntPref(n: string, v: number): void; setStringPref(n: string, v: string): void; setBoolPref(n: string, v: boolean): void };
    const { prefs } = (globalThis as unknown as { Services: { prefs: Prefs } }).Services;
    prefs.setIntPref('browser.download.folderList', 2);
    prefs.setStringPref('browser.download.dir', dir);
    prefs.setBoolPref('browser.download.useDownloadDir', true);
    prefs.setBoolPref('browser.download.always_ask_before_handling_new_types', false);
  }, dir);
}

/** Closes the context menu if it is open (a test that failed half-way must not leave it over the next). */
export function closeContextMenu(chrome: FirefoxChrome): Promise<void> {
  return chrome.run(() => {
    const { document } = globalThis as unknown as ChromeWindow;
    (document.getElementById('contentAreaContextMenu') as unknown as XulPopup & { hidePopup(): void }).hidePopup();
  }, null);
}
