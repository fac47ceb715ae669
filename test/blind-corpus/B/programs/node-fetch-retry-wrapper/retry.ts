import { FetchError, type Response } from 'node-fetch';

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  timeoutMs: number;
  retryOn: number[];
}

export const defaultPolicy: RetryPolicy = { attempts: 4, baseDelayMs: 250, timeoutMs: 15_000, retryOn: [429, 500, 503] };

/** Runs `send` with a per-attempt timeout, retrying network errors and throttling responses. */
export async function withRetry(send: (signal: AbortSignal) => Promise<Response>, policy: RetryPolicy = defaultPolicy): Promise<Response> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
    try {
      const res = await send(controller.signal);
      if (!policy.retryOn.includes(res.status) || attempt === policy.attempts) return res;
      const retryAfter = Number(res.headers.get('retry-after'));
      await new Promise((r) => setTimeout(r, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : policy.baseDelayMs * 2 ** attempt));
    } catch (err) {
      lastError = err;
      if (!(err instanceof FetchError) && !(err instanceof Error && err.name === 'AbortError')) throw err;
      await new Promise((r) => setTimeout(r, policy.baseDelayMs * 2 ** attempt));
    } finally {
      clearTimeout(timer);
    }
  }
  throw lastError instanceof Error ? lastError : new Error('request failed after retries');
}
