/**
 * What the manifest check works on: a built extension seen as a set of files (so the checks are
 * pure and unit-tested on files held in memory, and the command reads `.output/` from disk), and
 * the problems it reports, each naming the file or permission at fault.
 */

/** The parts of a built manifest the checks read (Chrome MV3 and Firefox MV2 keys). */
export type Manifest = Record<string, unknown> & {
  manifest_version?: number;
  name?: string;
  description?: string;
  default_locale?: string;
  icons?: Record<string, string>;
  action?: Toolbar;
  browser_action?: Toolbar;
  page_action?: Toolbar;
  sidebar_action?: { default_icon?: Record<string, string> | string; default_panel?: string; default_title?: string };
  side_panel?: { default_path?: string };
  options_ui?: { page?: string };
  options_page?: string;
  devtools_page?: string;
  chrome_url_overrides?: Record<string, string>;
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
  web_accessible_resources?: (string | { resources?: string[] })[];
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  commands?: Record<string, { description?: string }>;
};

/** A toolbar button: `action` (MV3), `browser_action` / `page_action` (MV2). */
export interface Toolbar {
  default_icon?: Record<string, string> | string;
  default_popup?: string;
  default_title?: string;
}

/** A built extension's files, by path relative to its root with `/` separators ("icon/16.png"). */
export interface BuildFiles {
  /** Every file of the build. */
  list(): string[];
  has(path: string): boolean;
  read(path: string): Uint8Array;
}

/** Which browser a build is for: the explained exceptions differ. */
export type Target = 'chrome' | 'firefox';

/** One thing wrong with a build, in words that name the file or the permission. */
export interface Problem {
  check: 'manifest' | 'files' | 'icons' | 'locales' | 'permissions';
  message: string;
}

/** A build held in memory (tests, and anything that has the files already). */
export function memoryBuild(files: Record<string, string | Uint8Array>): BuildFiles {
  const bytes = new Map(Object.entries(files).map(([p, v]) => [p, typeof v === 'string' ? new TextEncoder().encode(v) : v]));
  return {
    list: () => [...bytes.keys()],
    has: (p) => bytes.has(p),
    read: (p) => {
      const b = bytes.get(p);
      if (!b) throw new Error(`no file ${p}`);
      return b;
    },
  };
}

/** A file of the build as text (UTF-8). */
export function readText(files: BuildFiles, path: string): string {
  return new TextDecoder().decode(files.read(path));
}

/** A path as the manifest or a page writes it, as a path in the build: no leading "/", no query or fragment. */
export function buildPath(ref: string): string {
  return ref.replace(/[?#].*$/, '').replace(/^\/+/, '');
}
