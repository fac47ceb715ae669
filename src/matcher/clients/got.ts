// got: `got.post(url, options)`, `got(url, { method })`, `got.extend({ prefixUrl })` instances.
import { detectPrefixUrlClient } from './prefix-url-client.js';
import type { CallInfo, SenderCall } from './sender.js';

export function detectGot(info: CallInfo): readonly SenderCall[] | null {
  return detectPrefixUrlClient(info, 'got', ['prefixUrl']);
}
