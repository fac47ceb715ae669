// Parsing and clamping of Retry-After, the backoff bounds, and errors built from non-JSON bodies.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_AFTER_MS, parseRetryAfter } from 'workiva-sunset';
import { backoffDelay, retryAfterDelay } from '../../packages/runtime/src/runtime/retry-after.js';
import { errorFromResponse } from '../../packages/runtime/src/runtime/errors.js';

const NOW = Date.parse('2026-06-01T00:00:00Z');

describe('Retry-After', () => {
  it('parses delta-seconds and HTTP-dates', () => {
    expect(parseRetryAfter('3', NOW)).toBe(3_000);
    expect(parseRetryAfter('Mon, 01 Jun 2026 00:00:05 GMT', NOW)).toBe(5_000);
    expect(parseRetryAfter('Sun, 31 May 2026 23:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
  });

  it('defaults a missing or unparseable value to 1 s and never shortens a long one', () => {
    expect(retryAfterDelay(null, NOW)).toBe(DEFAULT_RETRY_AFTER_MS);
    expect(retryAfterDelay('-1', NOW)).toBe(DEFAULT_RETRY_AFTER_MS);
    expect(retryAfterDelay('0', NOW)).toBe(0);
    expect(retryAfterDelay('86400', NOW)).toBe(86_400_000);
    expect(retryAfterDelay('Tue, 02 Jun 2026 00:00:00 GMT', NOW)).toBe(86_400_000);
  });

  it('keeps backoff within [50 %, 100 %] of a capped exponential: 0.5–8 s in all', () => {
    expect(backoffDelay(1, () => 0)).toBe(500);
    expect(backoffDelay(1, () => 1)).toBe(1_000);
    expect(backoffDelay(3, () => 1)).toBe(4_000);
    expect(backoffDelay(20, () => 0)).toBe(4_000);
    expect(backoffDelay(20, () => 1)).toBe(8_000);
  });

  it('parses strictly: a repeated value once, malformed values never as 0', () => {
    // Date.parse reads each of these as a date in 2001, which made the wait 0.
    expect(parseRetryAfter('5, 5', NOW)).toBe(5_000);
    expect(parseRetryAfter('3 (seconds)', NOW)).toBeUndefined();
    expect(retryAfterDelay('3 (seconds)', NOW)).toBe(DEFAULT_RETRY_AFTER_MS);
    expect(parseRetryAfter('5, soon', NOW)).toBeUndefined();
    expect(parseRetryAfter('5,', NOW)).toBeUndefined();
    expect(parseRetryAfter('2.5', NOW)).toBe(3_000);
    expect(parseRetryAfter('5, 10', NOW)).toBe(10_000);
    expect(parseRetryAfter('Mon, 01 Jun 2026 00:00:05 GMT, Mon, 01 Jun 2026 00:00:05 GMT', NOW)).toBe(5_000);
    // Not IMF-fixdate: a wrong weekday, an impossible day, another date format.
    expect(parseRetryAfter('Tue, 01 Jun 2026 00:00:05 GMT', NOW)).toBeUndefined();
    expect(parseRetryAfter('Mon, 31 Feb 2026 00:00:05 GMT', NOW)).toBeUndefined();
    expect(parseRetryAfter('2026-06-01T00:00:05Z', NOW)).toBeUndefined();
  });
});

describe('errorFromResponse', () => {
  it('keeps the text of a body that is not JSON', async () => {
    const error = await errorFromResponse('GET', 'https://api.app.wdesk.com/x', new Response('<html>Bad gateway</html>', { status: 502, headers: { 'X-Request-Id': 'abc' } }));
    expect(error.status).toBe(502);
    expect(error.code).toBe('HTTP_ERROR');
    expect(error.requestId).toBe('abc');
    expect(error.message).toContain('<html>Bad gateway</html>');
  });
});
