// A deterministic virtual clock: `sleep` moves time forward instead of waiting, so tests that share
// it between the wrapper and the simulator exercise minute-long Retry-After waits in milliseconds.
import type { Clock } from 'workiva-sunset';

export interface VirtualClock extends Clock {
  /** Moves time forward by `ms` (never backward). */
  advance(ms: number): void;
  /** Sets the time (ms since the epoch, an ISO string or a Date). */
  set(time: number | string | Date): void;
  /** Total virtual milliseconds slept through `sleep` so far. */
  readonly slept: number;
}

function toTime(time: number | string | Date): number {
  const value = typeof time === 'number' ? time : new Date(time).getTime();
  if (Number.isNaN(value)) throw new TypeError(`Not a time: ${String(time)}`);
  return value;
}

/**
 * Creates a virtual clock starting at `start` (default 2026-06-01T00:00:00Z, before the sunset).
 *
 * `sleep(ms)` resolves on the next event-loop turn with the time moved to at least `now + ms` as of
 * the call, so concurrent sleepers each wake no earlier than they asked. It rejects with
 * `signal.reason` when the signal is (or gets) aborted.
 *
 * @example
 * const clock = createVirtualClock('2026-06-01T00:00:00Z');
 * await clock.sleep(60_000); // returns at once
 * clock.now(); // Date.parse('2026-06-01T00:01:00Z')
 */
export function createVirtualClock(start: number | string | Date = '2026-06-01T00:00:00Z'): VirtualClock {
  let now = toTime(start);
  let slept = 0;
  return {
    now: () => now,
    get slept() {
      return slept;
    },
    advance(ms) {
      now += Math.max(0, ms);
    },
    set(time) {
      now = toTime(time);
    },
    async sleep(ms, signal) {
      if (signal?.aborted) throw signal.reason;
      const target = now + Math.max(0, ms);
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (signal?.aborted) throw signal.reason;
      if (target > now) {
        slept += target - now;
        now = target;
      }
    },
  };
}
