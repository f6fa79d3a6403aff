/**
 * A map with a bound: the least recently used entries leave once the total weight (entries, or
 * what `weigh` says each costs) passes the limit. What the stored index keeps in memory between
 * queries, so a worker's memory does not grow with the corpus.
 */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();
  private weight = 0;

  constructor(
    private readonly limit: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    // Map keeps insertion order: taking and putting back makes it the most recent.
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    const old = this.map.get(key);
    if (old !== undefined) {
      this.weight -= this.weigh(old);
      this.map.delete(key);
    }
    this.map.set(key, value);
    this.weight += this.weigh(value);
    for (const [k, v] of this.map) {
      if (this.weight <= this.limit || this.map.size === 1) break;
      this.map.delete(k);
      this.weight -= this.weigh(v);
    }
  }

  clear(): void {
    this.map.clear();
    this.weight = 0;
  }
}
