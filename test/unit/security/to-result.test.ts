/**
 * Found by the security tests; fixed in utils/messaging/result.ts (describeError).
 * utils/messaging/result.ts toResult() formats a thrown non-Error with String(err). A value with
 * no toString/Symbol.toPrimitive (Object.create(null), or an object whose toString throws) makes
 * String() throw "TypeError: Cannot convert object to primitive value" inside the catch block,
 * so toResult REJECTS instead of answering {ok: false}: the promise the handler returns fails and
 * the caller gets no Result. Expected: {ok: false, error: <some string>}.
 */
import { describe, expect, it } from 'vitest';
import { toResult } from '../../../utils/messaging/result';

describe('toResult with unprintable throws ', () => {
  it('answers an error Result for Object.create(null) and for an object whose toString throws', async () => {
    const unprintable = [
      Object.create(null),
      {
        toString() {
          throw new Error('no');
        },
      },
    ];
    for (const t of unprintable) {
      const r = await toResult(() => {
        throw t;
      });
      expect(r.ok).toBe(false);
    }
  });
});
