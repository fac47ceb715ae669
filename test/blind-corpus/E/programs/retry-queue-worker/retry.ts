export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export class RetryableError extends Error {
  constructor(message: string, readonly retryAfterMs?: number) {
    super(message);
    this.name = 'RetryableError';
  }
}

/** Exponential backoff with jitter; honours a server-provided Retry-After when present. */
export async function withBackoff<T>(send: () => Promise<T>, policy: RetryPolicy = { attempts: 4, baseDelayMs: 250, maxDelayMs: 8_000 }): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    try {
      return await send();
    } catch (error) {
      lastError = error;
      if (!(error instanceof RetryableError)) throw error;
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt) * (0.5 + Math.random() / 2);
      await new Promise((r) => setTimeout(r, Math.max(backoff, error.retryAfterMs ?? 0)));
    }
  }
  throw lastError;
}
