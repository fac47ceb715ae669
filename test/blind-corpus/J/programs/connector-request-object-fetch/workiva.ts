import { registerConnector } from './registry.js';

interface Credentials {
  baseUrl: string;
  token: string;
}

function credentials(): Credentials {
  const baseUrl = process.env['WORKIVA_API_URL'];
  const token = process.env['WORKIVA_TOKEN'];
  if (!baseUrl || !token) throw new Error('workiva connector is not configured');
  return { baseUrl, token };
}

function authorized(url: string | URL, init: RequestInit = {}): Request {
  const { token } = credentials();
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${token}`);
  return new Request(url, { ...init, headers });
}

async function untilDone(location: string, seconds: number): Promise<string> {
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const res = await fetch(authorized(location, { headers: { Accept: 'application/json' } }));
  if (!res.ok) throw new Error(`operation poll failed: ${res.status}`);
  const op = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string; id: string };
  switch (op.status) {
    case 'completed':
      return (op.resourceUrl ?? op.resourceURL)!;
    case 'failed':
    case 'cancelled':
      throw new Error(`export ${op.id} ${op.status}`);
    default:
      return untilDone(location, Number(res.headers.get('Retry-After') ?? seconds));
  }
}

registerConnector({
  slug: 'workiva',
  operations: {
    async exportSampleAttachment(input) {
      const { baseUrl } = credentials();
      const url = new URL(baseUrl);
      url.pathname = `/prototype/platform/audits/${input['auditId']}/procedures/${input['procedureId']}/matrices/${input['matrixId']}/samples/${input['sampleId']}/attachments/${input['attachmentId']}/export`; // blind-corpus: path=conn-request-1
      const request = authorized(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ format: 'pdf' }),
      });
      const response = await fetch(request); // blind-corpus: site=conn-request-1
      if (response.status !== 202) {
        const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
        throw new Error(`export refused: ${response.status} ${body.code ?? ''} ${body.message ?? ''}`);
      }
      const resourceUrl = await untilDone(response.headers.get('Location')!, Number(response.headers.get('Retry-After') ?? 1));
      const file = await fetch(authorized(resourceUrl));
      return new Uint8Array(await file.arrayBuffer());
    },
  },
});
