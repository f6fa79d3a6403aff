import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openCrossreadDb } from '../../../utils/db/schema';
import { allHighlights } from '../../../utils/db/highlights';
import { annotationsJson, annotationsMarkdown, editHighlight, pageHighlights, pageKey, reportAnchoring, saveHighlight } from '../../../utils/coverage/highlights';

let n = 0;
const sel = (exact: string, start = 10) => ({
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: 'before ', suffix: ' after' },
  position: { type: 'TextPositionSelector' as const, start, end: start + exact.length },
});

describe('highlights', () => {
  it('saves, lists by page (fragment ignored), edits note and tags, and exports', async () => {
    const db = await openCrossreadDb(`hl-${++n}`);
    const h = await saveHighlight(db, 'https://news.test/a#part', { selectors: sel('the alliance is united'), pageTitle: 'A page' }, 1000, 'id-1');
    expect(h.url).toBe('https://news.test/a');
    expect((await pageHighlights(db, 'https://news.test/a')).map((x) => x.id)).toEqual(['id-1']);
    const edited = await editHighlight(db, 'id-1', { note: 'Check this claim.', tags: [' nato ', 'nato', '', 'claims'] }, 2000);
    expect(edited).toMatchObject({ note: 'Check this claim.', tags: ['nato', 'claims'], updatedAt: 2000 });
    const md = annotationsMarkdown(await allHighlights(db));
    expect(md).toContain('## A page');
    expect(md).toContain('> the alliance is united');
    expect(md).toContain('#nato #claims');
    const json = JSON.parse(annotationsJson(await allHighlights(db)));
    expect(json[0]).toMatchObject({ type: 'Annotation', motivation: 'commenting', target: { source: 'https://news.test/a' } });
    expect(json[0].target.selector[0]).toEqual(sel('the alliance is united').quote);
  });

  it('keeps orphaned highlights and marks them, and unmarks them when found again', async () => {
    const db = await openCrossreadDb(`hl-${++n}`);
    await saveHighlight(db, 'https://news.test/b', { selectors: sel('gone words'), pageTitle: null }, 1, 'x');
    await reportAnchoring(db, 'https://news.test/b', ['x']);
    expect((await pageHighlights(db, 'https://news.test/b'))[0]!.orphaned).toBe(true);
    expect(annotationsMarkdown(await allHighlights(db))).toContain('Not found on the page');
    await reportAnchoring(db, 'https://news.test/b', []);
    expect((await pageHighlights(db, 'https://news.test/b'))[0]!.orphaned).toBe(false);
  });

  it('refuses malformed selectors and notes', async () => {
    const db = await openCrossreadDb(`hl-${++n}`);
    await expect(saveHighlight(db, 'https://x.test', { selectors: { quote: { exact: 1 } } as never, pageTitle: null })).rejects.toThrow(/text quote selector/);
    await expect(saveHighlight(db, 'https://x.test', { selectors: sel('   '), pageTitle: null })).rejects.toThrow(/Select some text/);
    await expect(editHighlight(db, 'missing', { note: 'x', tags: [] })).rejects.toThrow(/no longer exists/);
    await expect(editHighlight(db, 'missing', { note: 5, tags: [] })).rejects.toThrow(/must be text/);
  });

  it('loses no highlight when many are saved at the same time', async () => {
    const db = await openCrossreadDb(`hl-${++n}`);
    await Promise.all(Array.from({ length: 50 }, (_, i) => saveHighlight(db, `https://news.test/${i % 3}`, { selectors: sel(`words ${i}`), pageTitle: null })));
    expect(await db.count('highlights')).toBe(50);
    expect(pageKey('not a url')).toBe('not a url');
  });
});
