// Which credentials a request carries, as a pacing key: the server limits per token, so exports with
// the same token share one pace. Never the token itself: a short hash of it.
import { createHash } from 'node:crypto';
import type { TokenSource } from './types.js';

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16);
}

/**
 * A token function may return a different token each call and is often a new closure per call site,
 * so all token functions share one key: pacing them together is only ever more careful.
 */
export function credentialKey(token: TokenSource | undefined, headers: Readonly<Record<string, string>> = {}): string {
  if (typeof token === 'function') return 'token-function';
  if (typeof token === 'string') return digest(token);
  const authorization = Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization')?.[1];
  return authorization === undefined ? 'anonymous' : digest(authorization);
}
