import { ClientCredentialsTokenSource } from './token-cache.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

const API_URL = process.env.WORKIVA_API_URL ?? 'http://localhost:8080';
const tokens = new ClientCredentialsTokenSource(`${API_URL}/iam/v1/oauth2/token`, process.env.WORKIVA_CLIENT_ID ?? '', process.env.WORKIVA_CLIENT_SECRET ?? '');

async function authorized(input: string | URL, init: RequestInit = {}): Promise<Request> {
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${await tokens.token()}`);
  return new Request(input, { ...init, headers });
}

function retryAfterSeconds(res: Response): number {
  const v = Number(res.headers.get('Retry-After'));
  return Number.isFinite(v) && v > 0 ? v : 1;
}

async function requestExport(ids: Ids): Promise<Response> {
  const req = await authorized(`${API_URL}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, { // blind-corpus: path=oauth-request-1
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Version': '2022-01-01' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(req.clone()); // blind-corpus: site=oauth-request-1
    if ((res.status === 429 || res.status === 503) && attempt < 3) {
      await new Promise((r) => setTimeout(r, retryAfterSeconds(res) * 1000));
      continue;
    }
    return res;
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const accepted = await requestExport(env.ids);
  if (accepted.status !== 202) throw new Error(`export rejected: ${accepted.status} ${await accepted.text()}`);
  const location = accepted.headers.get('Location')!;
  let delay = retryAfterSeconds(accepted);

  for (;;) {
    await new Promise((r) => setTimeout(r, delay * 1000));
    const res = await fetch(await authorized(location));
    const op = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string; details?: unknown };
    if (op.status === 'completed') {
      const pdf = await fetch(await authorized(op.resourceUrl ?? op.resourceURL ?? ''));
      return pdf.arrayBuffer();
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}: ${JSON.stringify(op.details)}`);
    delay = retryAfterSeconds(res);
  }
}
