// A routed call reads properties an enclosing `if` (or an earlier early return) narrows: inside the
// arrow function withExportRouting takes, TypeScript would forget that narrowing, so the migrated
// code reads them into consts first, inside the guard.
import got from 'got';
import { withExportRouting } from '@workiva-sunset/safety-net';

interface RenderMessage {
  readonly base: string;
  readonly token?: string;
  readonly apiVersion?: string;
  readonly ids: { a: string; p: string; m: string; s: string; f: string };
}

const send = (url: string, version: string, token: string) => got.post(url, { json: { format: 'pdf' }, headers: { 'x-version': version, authorization: `Bearer ${token}` } });

export async function startRender(msg: RenderMessage) {
  if (!msg.token) throw new Error('no token');
  if (msg.apiVersion) {
    const msgApiVersion = msg.apiVersion;
    const msgToken = msg.token;
    return withExportRouting(() => send(`${msg.base}/prototype/platform/audits/${msg.ids.a}/procedures/${msg.ids.p}/matrices/${msg.ids.m}/samples/${msg.ids.s}/attachments/${msg.ids.f}/export`, msgApiVersion, msgToken));
  }
  return null;
}
