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
