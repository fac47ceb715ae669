import { fetch, type Response } from 'undici';
import { ClientCredentialsTokenCache } from './token-cache.js';

interface SampleAttachment {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

const apiUrl = (process.env['WORKIVA_API_URL'] ?? 'http://localhost:8080').replace(/\/$/, '');
const tokens = new ClientCredentialsTokenCache(`${apiUrl}/iam/v1/oauth2/token`, process.env['WORKIVA_CLIENT_ID'] ?? '', process.env['WORKIVA_CLIENT_SECRET'] ?? '');

async function authed(url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  const res = await fetch(url, { ...init, headers: { ...init.headers, authorization: `Bearer ${await tokens.get()}` } });
  if (res.status !== 401) return res;
  tokens.invalidate();
  return fetch(url, { ...init, headers: { ...init.headers, authorization: `Bearer ${await tokens.get()}` } });
}

async function startExport(a: SampleAttachment): Promise<Response> {
  const url = `${apiUrl}/prototype/platform/audits/${a.auditId}/procedures/${a.procedureId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`; // blind-corpus: path=oauth-undici-1,oauth-undici-2
  const init = { method: 'POST', body: JSON.stringify({ format: 'pdf' }), headers: { 'content-type': 'application/json', accept: 'application/json' } };
  let res = await fetch(url, { ...init, headers: { ...init.headers, authorization: `Bearer ${await tokens.get()}` } }); // blind-corpus: site=oauth-undici-1
  if (res.status === 401) {
    // token revoked between cache check and request: refresh once and resend
    tokens.invalidate();
    res = await fetch(url, { ...init, headers: { ...init.headers, authorization: `Bearer ${await tokens.get()}` } }); // blind-corpus: site=oauth-undici-2
  }
  return res;
}

export async function run(env: { baseUrl: string; token: string; ids: SampleAttachment }): Promise<ArrayBuffer> {
  const accepted = await startExport(env.ids);
  if (accepted.status !== 202) throw new Error(`export failed: ${accepted.status} ${await accepted.text()}`);
  const operationUrl = accepted.headers.get('location') ?? '';
  let retryAfter = Number(accepted.headers.get('retry-after') ?? 1);

  for (let polls = 0; polls < 120; polls++) {
    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 5));
    const res = await authed(operationUrl);
    const op = (await res.json()) as { id: string; status: string; resourceUrl?: string; resourceURL?: string };
    retryAfter = Number(res.headers.get('retry-after') ?? retryAfter);
    if (op.status === 'completed') return (await authed(op.resourceUrl ?? op.resourceURL ?? '')).arrayBuffer();
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`operation ${op.id} ${op.status}`);
  }
  throw new Error('export polling limit reached');
}
