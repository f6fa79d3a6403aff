/**
 * Every permission a build requests is used by its code, and no API that needs a permission is used
 * without it. Stores reject (and reviewers question) a permission nothing uses; an API called
 * without its permission is simply undefined at run time. The built, minified scripts are read, so
 * the check sees what ships: an API is recognised by its namespace as a member (`x.alarms`), which
 * survives minification. What the check cannot see is explained, entry by entry, with a reason.
 */
import type { Manifest, Problem, Target } from './types';

/** An API namespace, the permissions that unlock it, and how a bundled script shows its use. */
export interface ApiUse {
  api: string;
  /** Any one of these unlocks the API (Firefox's `menus` and `contextMenus` are one API). */
  permissions: string[];
  pattern: RegExp;
  /** True when the API is unusable without the permission, so a use without it is a bug. */
  required: boolean;
  /** What the use is, in words for the report. */
  what: string;
}

/** `x.name` / `x?.name` as a member of something (not `name:` as a key, not a word in prose). */
const member = (name: string, then = '') => new RegExp(`[\\w$\\])]\\??\\.${name}\\b${then}`);

/** What each permission is used for, as the built code shows it. */
export const API_USES: ApiUse[] = [
  { api: 'storage', permissions: ['storage'], pattern: member('storage', '\\??\\.(?:local|sync|session|managed|onChanged)\\b'), required: true, what: 'browser.storage.local/sync/session' },
  { api: 'contextMenus', permissions: ['contextMenus', 'menus'], pattern: /[\w$\])]\??\.(?:contextMenus|menus)\b/, required: true, what: 'the context menu (contextMenus / menus)' },
  { api: 'alarms', permissions: ['alarms'], pattern: member('alarms'), required: true, what: 'alarms' },
  { api: 'scripting', permissions: ['scripting'], pattern: member('scripting'), required: true, what: 'scripting.executeScript' },
  { api: 'sidePanel', permissions: ['sidePanel'], pattern: member('sidePanel'), required: true, what: 'the side panel (sidePanel)' },
  { api: 'offscreen', permissions: ['offscreen'], pattern: member('offscreen'), required: true, what: 'offscreen documents' },
  // Tab objects carry url, title and favIconUrl only with "tabs" (or a matching host permission); the namespace itself needs none.
  { api: 'tabs', permissions: ['tabs'], pattern: member('tabs', '\\??\\.(?:query|get|getCurrent|onUpdated|onCreated|onReplaced)\\b'), required: false, what: 'reading tabs (tabs.query / get / onUpdated: their url and title)' },
  { api: 'notifications', permissions: ['notifications'], pattern: member('notifications'), required: true, what: 'notifications' },
  { api: 'downloads', permissions: ['downloads'], pattern: member('downloads'), required: true, what: 'downloads' },
  { api: 'cookies', permissions: ['cookies'], pattern: member('cookies', '\\??\\.(?:get|getAll|set|remove|onChanged)\\b'), required: true, what: 'cookies' },
  { api: 'history', permissions: ['history'], pattern: member('history', '\\??\\.(?:search|getVisits|addUrl|deleteUrl|deleteAll|onVisited)\\b'), required: true, what: 'browsing history' },
  { api: 'bookmarks', permissions: ['bookmarks'], pattern: member('bookmarks'), required: true, what: 'bookmarks' },
  { api: 'webRequest', permissions: ['webRequest'], pattern: member('webRequest'), required: true, what: 'webRequest' },
  { api: 'webNavigation', permissions: ['webNavigation'], pattern: member('webNavigation'), required: true, what: 'webNavigation' },
  { api: 'declarativeNetRequest', permissions: ['declarativeNetRequest', 'declarativeNetRequestWithHostAccess'], pattern: member('declarativeNetRequest'), required: true, what: 'declarativeNetRequest' },
  { api: 'identity', permissions: ['identity'], pattern: member('identity', '\\??\\.(?:getAuthToken|launchWebAuthFlow|getRedirectURL|getProfileUserInfo)\\b'), required: true, what: 'identity' },
  { api: 'idle', permissions: ['idle'], pattern: member('idle', '\\??\\.(?:queryState|setDetectionInterval|onStateChanged)\\b'), required: true, what: 'idle' },
  { api: 'management', permissions: ['management'], pattern: member('management'), required: true, what: 'management' },
  { api: 'topSites', permissions: ['topSites'], pattern: member('topSites'), required: true, what: 'topSites' },
  { api: 'tabGroups', permissions: ['tabGroups'], pattern: member('tabGroups'), required: true, what: 'tabGroups' },
  { api: 'sessions', permissions: ['sessions'], pattern: member('sessions', '\\??\\.(?:getRecentlyClosed|restore|getDevices|onChanged)\\b'), required: true, what: 'sessions' },
  { api: 'tts', permissions: ['tts'], pattern: member('tts', '\\??\\.(?:speak|stop|getVoices)\\b'), required: true, what: 'text to speech' },
  { api: 'nativeMessaging', permissions: ['nativeMessaging'], pattern: /\.(?:connectNative|sendNativeMessage)\s*\(/, required: true, what: 'native messaging' },
  { api: 'clipboardWrite', permissions: ['clipboardWrite'], pattern: /\.clipboard\??\.write(?:Text)?\s*\(|execCommand\(\s*["']copy["']/, required: false, what: 'writing the clipboard' },
];

/** What host permissions are for: a network request (a call of fetch, not a method named fetch), or an injection into a web page. */
export const HOST_USES: RegExp[] = [
  /(?<![\w$.])fetch\s*\((?:[^(){}]|\([^(){}]*\))*\)(?!\s*\{)|\b(?:self|globalThis|window)\.fetch\s*\(|new XMLHttpRequest\b/,
  /[\w$\])]\??\.(?:scripting|tabs)\??\.(?:executeScript|insertCSS)\b/,
];

/** A host permission ("https://*\/*", "<all_urls>") as opposed to an API permission ("tabs"). */
export const isHostPattern = (p: string) => p === '<all_urls>' || p.includes('://');

/** An exception the check cannot decide by itself, with the reason it is right. */
export interface Explained {
  target: Target | 'both';
  permission: string;
  /** unseen: requested, and its use is one the check cannot see; unrequested: an API used that this build does not request. */
  kind: 'unseen' | 'unrequested';
  reason: string;
}

/** Where a use was found: the file and a few characters around it. */
export interface Evidence {
  file: string;
  snippet: string;
}

/** The requested permissions, API and host, from either manifest version. */
export function requested(m: Manifest): { api: string[]; hosts: string[] } {
  const all = [...(m.permissions ?? []), ...(m.optional_permissions ?? [])];
  return {
    api: all.filter((p) => !isHostPattern(p)),
    hosts: [...all.filter(isHostPattern), ...(m.host_permissions ?? []), ...(m.optional_host_permissions ?? [])],
  };
}

function find(pattern: RegExp, scripts: { path: string; text: string }[]): Evidence | null {
  for (const s of scripts) {
    const m = pattern.exec(s.text);
    if (m) return { file: s.path, snippet: s.text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20).replace(/\s+/g, ' ') };
  }
  return null;
}

/** What the check found: the problems, and for the report each permission with the use that justifies it. */
export interface PermissionReport {
  problems: Problem[];
  used: { permission: string; evidence: Evidence | null; explained: string | null }[];
}

/**
 * Checks a build's permissions against its scripts. `explained` holds the exceptions (each is
 * itself checked: one that no longer applies is a problem, so the list cannot go stale).
 */
export function checkPermissions(m: Manifest, scripts: { path: string; text: string }[], target: Target, explained: Explained[]): PermissionReport {
  const problems: Problem[] = [];
  const used: PermissionReport['used'] = [];
  const p = (message: string) => problems.push({ check: 'permissions', message });
  const mine = explained.filter((e) => e.target === target || e.target === 'both');
  const explanation = (permission: string, kind: Explained['kind']) => mine.find((e) => e.permission === permission && e.kind === kind) ?? null;
  const { api, hosts } = requested(m);
  const seen = new Map(API_USES.map((u) => [u.api, find(u.pattern, scripts)]));
  const consumed = new Set<Explained>();

  for (const perm of api) {
    const uses = API_USES.filter((u) => u.permissions.includes(perm));
    const evidence = uses.map((u) => seen.get(u.api) ?? null).find((e) => e !== null) ?? null;
    const why = explanation(perm, 'unseen');
    if (why) consumed.add(why);
    if (evidence && why) p(`"${perm}" is explained as a permission the check cannot see, but it is used (${evidence.file}): remove its explanation`);
    else if (!evidence && !why) {
      const known = uses.length > 0;
      p(known ? `"${perm}" is requested but no script uses ${uses.map((u) => u.what).join(' or ')}: remove the permission, or explain why it stays` : `"${perm}" is requested and the check does not know what uses it: add it to API_USES, or explain why it stays`);
    }
    used.push({ permission: perm, evidence, explained: why?.reason ?? null });
  }

  for (const u of API_USES.filter((u) => u.required)) {
    const evidence = seen.get(u.api);
    if (!evidence || u.permissions.some((perm) => api.includes(perm))) continue;
    const why = u.permissions.map((perm) => explanation(perm, 'unrequested')).find((e) => e !== null) ?? null;
    if (why) consumed.add(why);
    else p(`${evidence.file} uses ${u.what} but the manifest does not request ${u.permissions.map((x) => `"${x}"`).join(' or ')} (near "${evidence.snippet}")`);
  }

  if (hosts.length) {
    const evidence = HOST_USES.map((re) => find(re, scripts)).find((e) => e !== null) ?? null;
    const why = hosts.map((h) => explanation(h, 'unseen')).find((e) => e !== null) ?? null;
    if (why) consumed.add(why);
    if (evidence && why) p(`host permissions are explained as unseen, but ${evidence.file} fetches or injects: remove the explanation`);
    if (!evidence && !why) p(`host permissions ${hosts.join(', ')} are requested but no script fetches a page or injects into one`);
    for (const h of hosts) used.push({ permission: h, evidence, explained: evidence ? null : (why?.reason ?? null) });
  }

  for (const e of mine) {
    if (consumed.has(e)) continue;
    const now = e.kind === 'unseen' ? 'the manifest does not request it' : api.includes(e.permission) ? 'the manifest requests it' : 'no script uses its API';
    p(`the explanation for "${e.permission}" (${e.kind}) no longer applies (${now}): remove it`);
  }
  return { problems, used };
}
