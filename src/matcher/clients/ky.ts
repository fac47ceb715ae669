// ky: `ky.post(url, options)`, `ky(url, { method })`, `ky.create/extend({ prefixUrl })` instances.
import { detectPrefixUrlClient } from './prefix-url-client.js';
import type { CallInfo, SenderCall } from './sender.js';

export function detectKy(info: CallInfo): readonly SenderCall[] | null {
  return detectPrefixUrlClient(info, 'ky', ['prefixUrl', 'prefix', 'baseUrl']);
}
