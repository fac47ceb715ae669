// Pacing shared by every export in the process, one pacer per API origin, credentials and endpoint:
// an adaptive client-side token bucket in the spirit of the AWS SDKs' adaptive retry mode. It starts
// with a burst and a modest rate that doubles each second demand exceeds it (slow start); a 429 sets
// the rate just under what the server accepted in the last second and CUBIC grows it back, so the
// client settles just below the server's limit instead of stampeding it. Waiters are served first in,
// first out (fair between exports) with jittered spacing. One export alone never waits on it.
import type { Clock } from './types.js';

/** What a request is, for pacing: each endpoint has its own limit on the server. */
export type PacedEndpoint = 'export' | 'operations' | 'download' | 'other';

/** Requests that may go at once before the rate applies, and the rate slow start begins with (per second). */
export const PACING_BURST = 10;
export const PACING_INITIAL_RATE = 10;
/** Never slower than this, whatever the 429s say. */
export const PACING_MIN_RATE = 0.5;
/** Beyond this the bucket no longer limits anything. */
const MAX_RATE = 10_000;
// CUBIC's constants as the AWS SDKs use them: the rate drops to BETA × the estimate, then grows back.
const BETA = 0.7;
const SCALE = 0.4;
/** Extra spacing between queued requests, as a fraction of the interval: spreads clients that started together. */
const JITTER = 0.2;
const WINDOW_MS = 1_000;

interface Waiter {
  resolve(): void;
  reject(reason: unknown): void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

export class Pacer {
  private rate = PACING_INITIAL_RATE;
  private tokens = PACING_BURST;
  private refilledAt: number | undefined;
  private grewAt: number | undefined;
  /** Set by the first 429: from then on CUBIC sets the rate, not slow start. */
  private throttledAt: number | undefined;
  private estimate = 0;
  private readonly accepted: number[] = [];
  private readonly queue: Waiter[] = [];
  private dispatching = false;

  constructor(
    private readonly clock: Clock,
    private readonly random: () => number = Math.random,
  ) {}

  /** Requests per second this pacer allows now (for tests and diagnostics). */
  get currentRate(): number {
    this.refill(this.clock.now());
    return this.rate;
  }

  /** Resolves when the request may be sent; rejects with the signal's reason if it aborts first. */
  acquire(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    this.refill(this.clock.now());
    if (this.queue.length === 0 && this.tokens >= 1) {
      this.tokens -= 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        onAbort: () => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) this.queue.splice(index, 1);
          reject(signal!.reason);
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.queue.push(waiter);
      void this.dispatch();
    });
  }

  /** A response that was not a 429 arrived. */
  onAccepted(now: number): void {
    this.accepted.push(now);
    this.forgetBefore(now - WINDOW_MS);
  }

  /**
   * A 429 arrived for a request sent at `sentAt`. The server counts requests over a window (a second):
   * after a reduction, 429s for requests sent before that window could drain say nothing new, so a
   * burst of them lowers the rate once, not once per 429 (which would collapse it).
   */
  onThrottled(sentAt: number, now: number): void {
    if (this.throttledAt !== undefined && sentAt < this.throttledAt + WINDOW_MS) return;
    this.refill(now);
    this.forgetBefore(now - WINDOW_MS);
    // What the server just accepted is the best estimate of its limit (our share of it, if others send too).
    this.estimate = Math.max(PACING_MIN_RATE, this.accepted.length || this.rate * BETA);
    this.throttledAt = now;
    this.rate = Math.max(PACING_MIN_RATE, this.estimate * BETA);
    this.tokens = 0;
  }

  private forgetBefore(time: number): void {
    while (this.accepted.length > 0 && this.accepted[0]! <= time) this.accepted.shift();
  }

  private refill(now: number): void {
    if (this.refilledAt !== undefined && now < this.refilledAt) this.restart();
    if (this.throttledAt !== undefined) this.rate = this.cubicRate(now);
    const elapsed = this.refilledAt === undefined ? 0 : now - this.refilledAt;
    // Once the server has throttled, no bursts: a sliding-window limit counts them against the next second.
    const capacity = this.throttledAt === undefined ? PACING_BURST : 1;
    this.tokens = Math.min(capacity, this.tokens + (elapsed / 1_000) * this.rate);
    this.refilledAt = now;
  }

  /** A clock that went backwards (a test resetting its virtual clock) makes every learned time meaningless. */
  private restart(): void {
    this.rate = PACING_INITIAL_RATE;
    this.tokens = PACING_BURST;
    this.refilledAt = this.grewAt = this.throttledAt = undefined;
    this.accepted.length = 0;
  }

  /** CUBIC: back to the estimate after K seconds, then probing beyond it ever faster. */
  private cubicRate(now: number): number {
    const seconds = (now - this.throttledAt!) / 1_000;
    const k = Math.cbrt((this.estimate * (1 - BETA)) / SCALE);
    // As the AWS SDKs do: never more than twice what was really sent, so a quiet spell cannot grow a
    // rate that the next rush of polls would then spend all at once.
    this.forgetBefore(now - WINDOW_MS);
    const ceiling = Math.max(this.estimate, 2 * this.accepted.length);
    return Math.min(MAX_RATE, ceiling, Math.max(PACING_MIN_RATE, SCALE * (seconds - k) ** 3 + this.estimate));
  }

  /** Slow start: a second in which requests had to queue doubles the rate (until the first 429). */
  private growUnderDemand(now: number): void {
    if (this.throttledAt !== undefined) return;
    if (this.grewAt === undefined) this.grewAt = now;
    if (now - this.grewAt < WINDOW_MS) return;
    this.rate = Math.min(MAX_RATE, this.rate * 2);
    this.grewAt = now;
  }

  private async dispatch(): Promise<void> {
    if (this.dispatching) return;
    this.dispatching = true;
    try {
      while (this.queue.length > 0) {
        const now = this.clock.now();
        this.refill(now);
        if (this.tokens >= 1) {
          this.tokens -= 1;
          const waiter = this.queue.shift()!;
          waiter.signal?.removeEventListener('abort', waiter.onAbort);
          waiter.resolve();
          this.growUnderDemand(now);
          continue;
        }
        const interval = ((1 - this.tokens) / this.rate) * 1_000;
        await this.clock.sleep(Math.ceil(interval * (1 + JITTER * this.random())));
      }
    } finally {
      this.dispatching = false;
    }
  }
}

// One registry per clock: exports on different (test) clocks never share learned rates.
const registries = new WeakMap<Clock, Map<string, Pacer>>();

/** The pacer every request to `endpoint` on `url`'s origin with these credentials shares in this process. */
export function sharedPacer(clock: Clock, url: string, endpoint: PacedEndpoint, credentialKey: string): Pacer {
  let registry = registries.get(clock);
  if (!registry) registries.set(clock, (registry = new Map()));
  const key = `${new URL(url).origin} ${endpoint} ${credentialKey}`;
  let pacer = registry.get(key);
  if (!pacer) registry.set(key, (pacer = new Pacer(clock)));
  return pacer;
}
