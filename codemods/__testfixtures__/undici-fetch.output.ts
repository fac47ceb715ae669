// undici's fetch.
import { fetch } from 'undici';
import { withExportRouting } from '@workiva-sunset/safety-net';

export async function exportWithUndici(origin: string, ids: { a: string; p: string; m: string; s: string; att: string }, token: string) {
  const response = await withExportRouting(() => fetch(`${origin}/prototype/platform/audits/${ids.a}/procedures/${ids.p}/matrices/${ids.m}/samples/${ids.s}/attachments/${ids.att}/export`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'X-Version': '2022-01-01' },
    body: JSON.stringify({ format: 'pdf' }),
  }));
  return response.headers.get('location');
}
