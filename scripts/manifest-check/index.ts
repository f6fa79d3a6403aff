/**
 * The manifest check of one built extension: the keys its browser expects, every file it names
 * present, its icons the right size, its localisation complete, and its permissions exactly those
 * its code uses. Pure over the build's files; scripts/check-manifest.ts runs it on `.output/`.
 */
import { iconProblems } from './icons';
import { localeProblems } from './locales';
import { checkPermissions, type Explained, type PermissionReport } from './permissions';
import { allReferences, missingFiles, type ExplainedFile } from './references';
import { readText, type BuildFiles, type Manifest, type Problem, type Target } from './types';

/** What the check found in one build. */
export interface BuildReport {
  target: Target;
  problems: Problem[];
  /** How many file references were followed (manifest, pages, scripts). */
  references: number;
  permissions: PermissionReport['used'];
}

/** The keys each browser's build must (or must not) have: what each store and browser refuses or warns about. */
export function manifestProblems(m: Manifest, target: Target): Problem[] {
  const problems: Problem[] = [];
  const p = (message: string) => problems.push({ check: 'manifest', message });
  if (target === 'chrome') {
    if (m.manifest_version !== 3) p(`manifest_version is ${String(m.manifest_version)}; the Chrome Web Store takes only 3`);
    if (!m.background?.service_worker) p('background.service_worker is missing (Manifest V3 runs the background as a service worker)');
    // Keys Chrome does not know are shown as warnings on chrome://extensions.
    for (const key of ['browser_action', 'page_action', 'sidebar_action', 'browser_specific_settings', 'applications']) if (key in m) p(`"${key}" is not a Chrome Manifest V3 key`);
    if (m.background?.scripts || m.background?.page) p('background.scripts / background.page are not Manifest V3 keys in Chrome');
  } else {
    const gecko = (m['browser_specific_settings'] as { gecko?: { id?: unknown; data_collection_permissions?: { required?: unknown } } } | undefined)?.gecko;
    if (typeof gecko?.id !== 'string' || !gecko.id) p('browser_specific_settings.gecko.id is missing (AMO signs an add-on by its id)');
    if (!Array.isArray(gecko?.data_collection_permissions?.required)) p('browser_specific_settings.gecko.data_collection_permissions.required is missing (AMO asks every new add-on to declare it)');
    if (m.manifest_version === 2 && m.host_permissions) p('host_permissions is a Manifest V3 key; in Manifest V2 host patterns go in permissions');
  }
  if (typeof m.version !== 'string' || !/^\d+(?:\.\d+){0,3}$/.test(m.version)) p(`version "${String(m.version)}" is not 1 to 4 dot-separated numbers`);
  return problems;
}

/** Every bundled script of the build, as text. */
function scriptsOf(files: BuildFiles): { path: string; text: string }[] {
  return files
    .list()
    .filter((f) => /\.m?js$/.test(f))
    .sort()
    .map((path) => ({ path, text: readText(files, path) }));
}

/** The exceptions the check is given: permissions it cannot decide, files a build leaves out on purpose. */
export interface Exceptions {
  permissions: Explained[];
  files: ExplainedFile[];
}

/** Runs every check on one build; a manifest that cannot be read is the one problem reported. */
export function checkBuild(files: BuildFiles, target: Target, explained: Exceptions): BuildReport {
  if (!files.has('manifest.json')) return { target, problems: [{ check: 'manifest', message: 'the build has no manifest.json' }], references: 0, permissions: [] };
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readText(files, 'manifest.json')) as Manifest;
  } catch (err) {
    return { target, problems: [{ check: 'manifest', message: `manifest.json is not JSON (${err instanceof Error ? err.message : String(err)})` }], references: 0, permissions: [] };
  }
  const perms = checkPermissions(manifest, scriptsOf(files), target, explained.permissions);
  return {
    target,
    problems: [...manifestProblems(manifest, target), ...missingFiles(manifest, files, target, explained.files), ...iconProblems(manifest, files), ...localeProblems(manifest, files), ...perms.problems],
    references: allReferences(manifest, files).length,
    permissions: perms.used,
  };
}
