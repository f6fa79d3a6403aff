import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_DESCRIPTION } from '../../../../scripts/manifest-check/locales';
import { common } from '../../../../utils/i18n/locales/en/common';

const md = readFileSync(new URL('../../../../assets/listing/description.md', import.meta.url), 'utf8');

describe('the store description', () => {
  it("has a short description within Chrome's 132 characters, the manifest's own English description", () => {
    const short = /<!-- short-description -->\n([^\n]+)\n<!-- \/short-description -->/.exec(md)?.[1];
    expect(short).toBeDefined();
    expect([...short!].length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    expect(short).toBe(common.ext_description);
  });
});
