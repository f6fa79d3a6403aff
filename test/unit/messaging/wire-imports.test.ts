/**
 * The sender checks hold by construction only if nothing reaches the messaging library but the
 * channels (utils/messaging/*-channel.ts): no other module imports the library or wire.ts, except
 * for types (the test client reads the wire's shape).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const DIRS = ['entrypoints', 'components', 'utils', 'scripts', 'test'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Runtime imports of the library or of wire.ts (an `import type` is erased, so it is allowed). */
const WIRE_IMPORT = /^import (?!type )[^;]*from '(@webext-core\/messaging|[./]*[^']*messaging\/wire)'/m;

describe('the messaging library is reached through the channels only', () => {
  const files = DIRS.flatMap((d) => sources(join(ROOT, d))).map((f) => relative(ROOT, f));
  it('finds the sources it checks', () => {
    expect(files).toContain('utils/messaging/wire.ts');
    expect(files.length).toBeGreaterThan(100);
  });
  it('no module outside utils/messaging imports it at runtime; inside, only the channels import wire.ts', () => {
    const importers = files.filter((f) => WIRE_IMPORT.test(readFileSync(join(ROOT, f), 'utf8')) || (f.startsWith('utils/messaging/') && /from '\.\/wire'/.test(readFileSync(join(ROOT, f), 'utf8'))));
    expect(importers.sort()).toEqual([
      'utils/messaging/background-channel.ts',
      'utils/messaging/offscreen-channel.ts',
      'utils/messaging/page-channel.ts',
      'utils/messaging/ui-channel.ts',
      'utils/messaging/wire.ts',
    ]);
  });
});
