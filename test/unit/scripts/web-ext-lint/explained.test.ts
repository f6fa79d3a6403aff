import { describe, expect, it } from 'vitest';
import { contextOf, EXPLAINED_WARNINGS, judge, type LintMessage } from '../../../../scripts/web-ext-lint/explained';

const warning = (file: string, column: number, line = 1): LintMessage => ({ _type: 'warning', code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file, line, column });

// The three places as the minified build has them (names differ from build to build).
const preact = 'for(a in x)g=x[a],a=="children"?i=g:a=="dangerouslySetInnerHTML"?u=g:q(e,a,g);if(u)_||(u.__html==e.innerHTML)||(e.innerHTML=u.__html),r.__k=[];';
const attempts = 'var K=this._getInnerText(fe,!0).length;if(K<this._charThreshold)if(O=!1,e.innerHTML=t,this._attempts.push({articleContent:fe}))';
const noscript = ' '.repeat(900) + 'this._forEachNode(r,function(t){if(this._isSingleImage(t)){var s=e.createElement("div");s.innerHTML=t.innerHTML;';
const files: Record<string, string> = { 'chunks/result-abc.js': preact, 'background.js': `${attempts}${noscript}` };
const source = (f: string) => files[f] ?? null;
const at = (file: string, needle: string) => warning(file, files[file]!.indexOf(needle));

describe('web-ext lint warnings we keep', () => {
  it('explains the three known innerHTML assignments of Preact and Readability, each once', () => {
    const v = judge([at('chunks/result-abc.js', 'e.innerHTML=u.__html'), at('background.js', 'e.innerHTML=t'), at('background.js', 's.innerHTML=t.innerHTML')], source);
    expect(v.unexplained).toEqual([]);
    expect(v.stale).toEqual([]);
    expect(v.explained.map((e) => EXPLAINED_WARNINGS.indexOf(e.by))).toEqual([0, 1, 2]);
  });

  it('fails the same warning anywhere else, errors and notices always, and a known one seen twice', () => {
    files['chunks/ours.js'] = 'function show(el,t){el.innerHTML=t}';
    const ours = at('chunks/ours.js', 'el.innerHTML');
    const error: LintMessage = { _type: 'error', code: 'MANIFEST_FIELD_INVALID', message: 'bad', file: 'manifest.json' };
    const twice = at('chunks/result-abc.js', 'e.innerHTML=u.__html');
    const v = judge([twice, twice, ours, error, { ...at('background.js', 'e.innerHTML=t'), _type: 'notice' }], source);
    expect(v.explained).toHaveLength(1);
    expect(v.unexplained).toEqual([twice, ours, error, { ...at('background.js', 'e.innerHTML=t'), _type: 'notice' }]);
  });

  it('fails an explanation that matches fewer places than it says (the library changed)', () => {
    const v = judge([at('chunks/result-abc.js', 'e.innerHTML=u.__html')], source);
    expect(v.stale.map((s) => [EXPLAINED_WARNINGS.indexOf(s.entry), s.found])).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });

  it('reads the code around a line and column', () => {
    expect(contextOf('abc\ndefgh\nij', 2, 2, 1)).toBe('efg');
    expect(contextOf('abcdef', 1, 3, 2)).toBe('bcdef');
  });
});
