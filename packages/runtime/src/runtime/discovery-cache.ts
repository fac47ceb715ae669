// The discovery cache: one entry per test form (its matrix → phase index), bounded in size, expiring
// after a time-to-live on the export's clock, and shared while in flight so concurrent first calls
// for one test form cost one listing.

export interface DiscoveryCacheOptions {
  /** Test forms kept at most; the least recently used one goes first. Default 500. */
  readonly maxTestForms?: number;
  /** How long a listing stays fresh, in ms of the export's clock. Default 10 minutes. */
  readonly ttlMs?: number;
}

export const DEFAULT_DISCOVERY_MAX_TEST_FORMS = 500;
export const DEFAULT_DISCOVERY_TTL_MS = 10 * 60_000;

/** Counts since the cache was created or cleared: what a batch really cost. */
export interface DiscoveryStats {
  /** Lookups answered from a fresh entry or an in-flight listing. */
  readonly hits: number;
  /** Lookups that started a listing. */
  readonly misses: number;
  /** Listings started (each may be several pages). */
  readonly listings: number;
  /** Entries dropped to stay within `maxTestForms`. */
  readonly evictions: number;
}

interface Entry<T> {
  readonly value: Promise<T>;
  /** Clock time after which the entry is stale; Infinity while the listing is in flight. */
  expiresAt: number;
}

export class DiscoveryCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private counts = { hits: 0, misses: 0, listings: 0, evictions: 0 };

  constructor(options: DiscoveryCacheOptions = {}) {
    this.maxEntries = Math.max(1, Math.floor(options.maxTestForms ?? DEFAULT_DISCOVERY_MAX_TEST_FORMS));
    this.ttlMs = Math.max(0, options.ttlMs ?? DEFAULT_DISCOVERY_TTL_MS);
  }

  /**
   * The value for `key`: a fresh or in-flight one, else `load()`'s. A failed load is not kept, so the
   * next lookup tries again (a 429 or a network error must not stick for the whole TTL).
   */
  get(key: string, clock: { now(): number }, load: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry !== undefined && clock.now() < entry.expiresAt) {
      this.counts.hits++;
      // Re-insert: Map order is the recency order the eviction uses.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value;
    }
    this.counts.misses++;
    this.counts.listings++;
    const value = load();
    const fresh: Entry<T> = { value, expiresAt: Infinity };
    this.entries.delete(key);
    this.entries.set(key, fresh);
    this.evictOverflow();
    value.then(
      () => (fresh.expiresAt = clock.now() + this.ttlMs),
      () => {
        if (this.entries.get(key) === fresh) this.entries.delete(key);
      },
    );
    return value;
  }

  /** Drops `key` if it still holds `value` (e.g. a listing another caller's abort cut short). */
  forget(key: string, value: Promise<T>): void {
    if (this.entries.get(key)?.value === value) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.counts = { hits: 0, misses: 0, listings: 0, evictions: 0 };
  }

  get size(): number {
    return this.entries.size;
  }

  stats(): DiscoveryStats {
    return { ...this.counts };
  }

  private evictOverflow(): void {
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
      this.counts.evictions++;
    }
  }
}
