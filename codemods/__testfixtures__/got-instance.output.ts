// A got instance with a prefixUrl and default headers.
import got from 'got';
import { withExportRouting } from '@workiva-sunset/safety-net';

export async function exportWithGotInstance(apiRoot: string, ids: { a: string; p: string; m: string; s: string; att: string }, token: string) {
  const workiva = got.extend({ prefixUrl: `${apiRoot}/prototype/platform`, headers: { Authorization: `Bearer ${token}` }, timeout: { request: 30_000 } });
  const response = await withExportRouting(() => workiva.post(`audits/${ids.a}/procedures/${ids.p}/matrices/${ids.m}/samples/${ids.s}/attachments/${ids.att}/export`, { json: { format: 'pdf' } }));
  return response.headers.location;
}
