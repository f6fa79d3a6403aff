/**
 * One all-or-nothing write over `tx`: `body` starts its requests into `work`; any failure aborts the
 * transaction, and every request already started is awaited, so nothing rejects unhandled and
 * nothing of it is kept.
 */
export async function allOrNothing(tx: { abort(): void; done: Promise<void> }, body: (work: Promise<unknown>[]) => Promise<void>): Promise<void> {
  const work = requestList();
  try {
    await body(work);
    await Promise.all(work);
    await tx.done;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing more to undo.
    }
    await Promise.allSettled([...work, tx.done]);
    throw err;
  }
}

/**
 * The requests of one all-or-nothing write, kept to be awaited together. A request that fails
 * while the write is still awaiting a read (a full disk on the n-th put) must not surface as an
 * unhandled rejection before the write gets to awaiting them all: each is marked handled as it is
 * added; the write still sees its failure through Promise.all.
 */
export function requestList(): Promise<unknown>[] {
  const list: Promise<unknown>[] = [];
  const push = list.push.bind(list);
  list.push = (...requests: Promise<unknown>[]) => {
    for (const r of requests) r.catch(() => undefined);
    return push(...requests);
  };
  return list;
}
