export class WorkivaApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'WorkivaApiError';
  }

  get retryable(): boolean {
    return this.status === 429 || this.status === 503;
  }
}
