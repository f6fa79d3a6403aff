/**
 * Every file a built extension names — in its manifest, in its pages' <script>/<link> tags, and in
 * its scripts' own imports, injected files and extension URLs — and the ones it does not have. A
 * missing file is what makes a store reject an upload or a browser refuse to load the extension,
 * and it is found here before either does.
 */
import { buildPath, readText, type BuildFiles, type Manifest, type Problem, type Target } from './types';

/** A file named somewhere, and where it was named ("icons.16", "popup.html <script>"). */
export interface Reference {
  path: string;
  from: string;
}

/** The icon map of a key that is either one path or size → path. */
function iconRefs(icons: Record<string, string> | string | undefined, key: string): Reference[] {
  if (typeof icons === 'string') return [{ path: icons, from: key }];
  return Object.entries(icons ?? {}).map(([size, path]) => ({ path, from: `${key}.${size}` }));
}

const one = (path: unknown, from: string): Reference[] => (typeof path === 'string' && path ? [{ path, from }] : []);

/** Every file path the manifest itself names, each with the key that names it. */
export function manifestReferences(m: Manifest): Reference[] {
  const toolbars = [['action', m.action], ['browser_action', m.browser_action], ['page_action', m.page_action]] as const;
  return [
    ...iconRefs(m.icons, 'icons'),
    ...toolbars.flatMap(([key, t]) => [...iconRefs(t?.default_icon, `${key}.default_icon`), ...one(t?.default_popup, `${key}.default_popup`)]),
    ...iconRefs(m.sidebar_action?.default_icon, 'sidebar_action.default_icon'),
    ...one(m.sidebar_action?.default_panel, 'sidebar_action.default_panel'),
    ...one(m.side_panel?.default_path, 'side_panel.default_path'),
    ...one(m.options_ui?.page, 'options_ui.page'),
    ...one(m.options_page, 'options_page'),
    ...one(m.devtools_page, 'devtools_page'),
    ...Object.entries(m.chrome_url_overrides ?? {}).flatMap(([k, p]) => one(p, `chrome_url_overrides.${k}`)),
    ...one(m.background?.service_worker, 'background.service_worker'),
    ...one(m.background?.page, 'background.page'),
    ...(m.background?.scripts ?? []).flatMap((p, i) => one(p, `background.scripts[${i}]`)),
    ...(m.content_scripts ?? []).flatMap((c, i) => [
      ...(c.js ?? []).flatMap((p, j) => one(p, `content_scripts[${i}].js[${j}]`)),
      ...(c.css ?? []).flatMap((p, j) => one(p, `content_scripts[${i}].css[${j}]`)),
    ]),
    ...(m.web_accessible_resources ?? []).flatMap((w, i) =>
      typeof w === 'string' ? one(w, `web_accessible_resources[${i}]`) : (w.resources ?? []).flatMap((p, j) => one(p, `web_accessible_resources[${i}].resources[${j}]`)),
    ),
  ];
}

/** A reference to a file of the extension itself (not a remote address, a data: URL or an anchor). */
const isLocal = (ref: string) => ref !== '' && !/^(?:[a-z][a-z\d+.-]*:|\/\/|#)/i.test(ref);

/** Resolves a page- or script-relative path ("./x.js", "../a/b.js", "/c.js") against the file that names it. */
export function resolveFrom(file: string, ref: string): string {
  if (ref.startsWith('/')) return buildPath(ref);
  const parts = file.split('/').slice(0, -1);
  for (const seg of buildPath(ref).split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The local files an HTML page loads: its <script src> and <link href> (stylesheets, module preloads, icons). */
export function pageReferences(page: string, html: string): Reference[] {
  const refs: Reference[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const attr = /<script/i.test(tag) ? 'src' : 'href';
    const value = new RegExp(`\\b${attr}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    if (value !== undefined && isLocal(value)) refs.push({ path: resolveFrom(page, value), from: `${page} <${/<script/i.test(tag) ? 'script' : 'link'}>` });
  }
  return refs;
}

/**
 * The local files a bundled script names: its static and dynamic imports of other chunks, the files
 * it injects (`files: ["/annotator.js"]`) and the extension pages it opens (`getURL("/offscreen.html")`).
 * Only string literals are seen; a path computed at run time is not.
 */
export function scriptReferences(script: string, js: string): Reference[] {
  const refs: Reference[] = [];
  const add = (ref: string, how: string) => isLocal(ref) && refs.push({ path: resolveFrom(script, ref), from: `${script} ${how}` });
  for (const m of js.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]((?:\.{1,2}\/|\/)[^"'`]+?\.(?:m?js|css))["'`]/g)) add(m[1]!, 'import');
  for (const m of js.matchAll(/\bfiles\s*:\s*\[([^\]]*)\]/g)) for (const s of m[1]!.matchAll(/["'`]([^"'`]+)["'`]/g)) add(s[1]!, 'files: [...]');
  for (const m of js.matchAll(/\bgetURL\(\s*["'`](\/[^"'`]*)["'`]\s*\)/g)) if (buildPath(m[1]!) !== '') add(m[1]!, 'getURL()');
  return refs;
}

/** Whether a web_accessible_resources entry, which may be a glob ("assets/*.png"), names at least one file. */
function matchesAny(files: string[], pattern: string): boolean {
  if (!pattern.includes('*')) return false;
  const re = new RegExp(`^${buildPath(pattern).split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return files.some((f) => re.test(f));
}

/** Every reference the manifest, its pages and its scripts make, gathered from the build. */
export function allReferences(m: Manifest, files: BuildFiles): Reference[] {
  const listed = files.list();
  const fromManifest = manifestReferences(m);
  const pages = listed.filter((f) => f.endsWith('.html'));
  const scripts = listed.filter((f) => /\.m?js$/.test(f));
  return [
    ...fromManifest,
    ...pages.flatMap((p) => pageReferences(p, readText(files, p))),
    ...scripts.flatMap((s) => scriptReferences(s, readText(files, s))),
  ];
}

/** A file the code names that a build leaves out on purpose, with the reason (a page only another browser uses). */
export interface ExplainedFile {
  target: Target | 'both';
  file: string;
  reason: string;
}

/**
 * One problem per referenced file the build does not have, naming the file and who named it, unless
 * `explained` says why this build leaves it out; an explanation for a file the build has, or that
 * nothing names any more, is a problem too (so the list cannot go stale).
 */
export function missingFiles(m: Manifest, files: BuildFiles, target: Target, explained: ExplainedFile[] = []): Problem[] {
  const listed = files.list();
  const mine = explained.filter((e) => e.target === target || e.target === 'both');
  const refs = allReferences(m, files);
  const missing = refs.filter((r) => !files.has(buildPath(r.path)) && !matchesAny(listed, r.path));
  const problems: Problem[] = missing
    .filter((r) => !mine.some((e) => e.file === buildPath(r.path)))
    .map((r) => ({ check: 'files', message: `${buildPath(r.path)} is named by ${r.from} but the build has no such file` }));
  for (const e of mine) {
    if (files.has(e.file)) problems.push({ check: 'files', message: `${e.file} is explained as left out of this build, but the build has it: remove the explanation` });
    else if (!refs.some((r) => buildPath(r.path) === e.file)) problems.push({ check: 'files', message: `${e.file} is explained as left out of this build, but nothing names it any more: remove the explanation` });
  }
  return problems;
}
