// The real clock: wall time and an abortable sleep that rejects with the caller's own abort reason.
import { MAX_TIMER_MS } from './deadline.js';
import type { Clock } from './types.js';

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
        // Longer sleeps end early at the overflow limit; waitUntil loops until the target.
      }, Math.min(Math.max(0, ms), MAX_TIMER_MS));
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
