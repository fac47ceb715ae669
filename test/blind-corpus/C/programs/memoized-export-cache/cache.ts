/** TTL cache of promises: concurrent callers for the same key share one in-flight computation. */
export class PromiseCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; expires: number }>();

  constructor(private readonly ttlMs: number) {}

  getOrCreate(key: string, create: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > Date.now()) return hit.value;
    const value = create();
    this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
    value.catch(() => this.entries.delete(key));
    return value;
  }
}

export function memoize<A extends unknown[], V>(fn: (...args: A) => Promise<V>, key: (...args: A) => string, ttlMs: number) {
  const cache = new PromiseCache<V>(ttlMs);
  return (...args: A) => cache.getOrCreate(key(...args), () => fn(...args));
}
