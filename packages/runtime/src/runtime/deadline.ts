// The export's overall deadline (`timeoutMs`) as timers: armed without setTimeout's 24.8-day overflow,
// and applied to anything the wrapper awaits that is not a timed wait (a token function, resolveSuccessorIds).
import { WorkivaSunsetError } from './errors.js';
import type { Clock } from './types.js';

/** setTimeout fires at once for delays above 2^31 − 1 ms (about 24.8 days). */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export interface DeadlineScope {
  readonly clock: Clock;
  readonly signal: AbortSignal | undefined;
  /** Clock time after which the export fails with TIMEOUT, or null. */
  readonly deadline: number | null;
}

/** Runs `onExpire` after `ms`, in chunks below the overflow; returns the function that cancels it. */
export function armTimer(ms: number, onExpire: () => void): () => void {
  let left = Math.max(0, ms);
  let timer: ReturnType<typeof setTimeout>;
  const step = (): void => {
    const chunk = Math.min(left, MAX_TIMER_MS);
    left -= chunk;
    timer = setTimeout(left > 0 ? step : onExpire, chunk);
  };
  step();
  return () => clearTimeout(timer);
}

function describeDeadline(deadline: number | null): string {
  const date = new Date(deadline ?? 0);
  return Number.isNaN(date.getTime()) ? String(deadline) : date.toISOString();
}

export function timeoutError(scope: DeadlineScope, url: string | undefined, what: string): WorkivaSunsetError {
  return new WorkivaSunsetError({ code: 'TIMEOUT', message: `Timed out: ${what} (deadline ${describeDeadline(scope.deadline)})`, url });
}

/**
 * Settles like `work`, unless the deadline passes first (TIMEOUT) or the signal aborts (its reason).
 * `work` itself cannot be stopped; the export just stops waiting for it.
 */
export function withinDeadline<T>(scope: DeadlineScope, work: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const { signal } = scope;
    const finish = (action: () => void): void => {
      if (settled) return;
      settled = true;
      cancelTimer();
      signal?.removeEventListener('abort', onAbort);
      action();
    };
    const onAbort = (): void => finish(() => reject(signal!.reason));
    const cancelTimer =
      scope.deadline === null
        ? () => undefined
        : armTimer(scope.deadline - scope.clock.now(), () => finish(() => reject(timeoutError(scope, undefined, `${what} did not return before the deadline`))));
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    );
  });
}
