// A clock that runs `factor` times faster than wall time: waits really pass, in order, so concurrent
// exports and a rate-limited simulator interleave as they would in production — only quicker. (The
// virtual clock jumps to each sleeper's target at once, which is right for one export but turns a
// hundred concurrent waits into one instant.)
import type { Clock } from 'workiva-sunset';
import { systemClock } from 'workiva-sunset';

export interface ScaledClock extends Clock {
  readonly factor: number;
}

/**
 * Creates a clock starting at `start` whose time runs `factor` times faster than the real one.
 *
 * @example
 * const clock = createScaledClock(10); // a 1 s Retry-After takes 100 ms of real time
 */
export function createScaledClock(factor: number, start: number | string | Date = '2026-06-01T00:00:00Z'): ScaledClock {
  if (!(factor > 0)) throw new RangeError(`factor must be a positive number, got ${String(factor)}`);
  const origin = typeof start === 'number' ? start : new Date(start).getTime();
  const realStart = performance.now();
  return {
    factor,
    now: () => Math.floor(origin + (performance.now() - realStart) * factor),
    sleep: (ms, signal) => systemClock.sleep(Math.ceil(ms / factor), signal),
  };
}
