import { HTTPError, RequestError } from 'got';

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  onRetry?: (attempt: number, error: unknown) => void;
}

function retryable(error: unknown): number | undefined {
  if (error instanceof HTTPError) {
    const status = error.response.statusCode;
    if (status !== 429 && status !== 503) return undefined;
    const after = Number(error.response.headers['retry-after']);
    return Number.isFinite(after) ? after * 1000 : 0;
  }
  if (error instanceof RequestError && ['ECONNRESET', 'ETIMEDOUT'].includes(error.code)) return 0;
  return undefined;
}

export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions = { attempts: 4, baseDelayMs: 500 }): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const hinted = retryable(error);
      if (hinted === undefined || attempt >= opts.attempts) throw error;
      opts.onRetry?.(attempt, error);
      await new Promise((r) => setTimeout(r, Math.max(hinted, opts.baseDelayMs * 2 ** (attempt - 1))));
    }
  }
}
