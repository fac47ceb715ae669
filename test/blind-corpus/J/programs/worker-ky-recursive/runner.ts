import { randomUUID } from 'node:crypto';
import { UnrecoverableError, type JobContext } from './processor.js';

export interface RunnerOptions {
  attempts: number;
  backoff: { type: 'exponential'; delayMs: number };
}

/** Runs a processor the way our queue library does: attempts + exponential backoff, no retry on UnrecoverableError. */
export async function runWithRetries<T, R>(
  data: T,
  processor: (job: JobContext<T>) => Promise<R>,
  opts: RunnerOptions,
  onProgress: (p: number) => void = () => undefined,
): Promise<R> {
  const id = randomUUID();
  for (let attempt = 0; ; attempt++) {
    try {
      return await processor({ id, data, attemptsMade: attempt, updateProgress: async (p) => onProgress(p) });
    } catch (err) {
      if (err instanceof UnrecoverableError || attempt + 1 >= opts.attempts) throw err;
      await new Promise((r) => setTimeout(r, opts.backoff.delayMs * 2 ** attempt));
    }
  }
}
