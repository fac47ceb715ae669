import { HttpStatusException } from './HttpClient.js';

/** Poor man's Polly: retry transient HTTP failures, honouring Retry-After when the server sends it. */
export class RetryPolicy {
  constructor(private readonly maxAttempts = 3, private readonly baseDelayMs = 1000) {}

  async execute<T>(action: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await action();
      } catch (e) {
        const transient = e instanceof HttpStatusException && (e.status === 429 || e.status === 503 || e.status >= 500);
        if (!transient || attempt >= this.maxAttempts) throw e;
        const wait = e.retryAfter !== undefined ? e.retryAfter * 1000 : this.baseDelayMs * 2 ** (attempt - 1);
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  }
}
