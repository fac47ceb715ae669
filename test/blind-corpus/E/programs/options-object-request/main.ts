import { createRequire } from 'node:module';
import type { IncomingHttpHeaders } from 'node:http';

interface RequestOptions {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

interface HelperResponse {
  statusCode: number;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  body?: unknown;
}

const request = createRequire(import.meta.url)('./request.cjs') as (options: RequestOptions) => Promise<HelperResponse>;

interface ExportPayload {
  tenantUrl: string;
  credentials: { token: string };
  attachment: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

function exportOptions(p: ExportPayload): RequestOptions {
  const a = p.attachment;
  return {
    method: 'POST',
    url: `${p.tenantUrl}/prototype/platform/audits/${a.auditId}/procedures/${a.procedureId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`, // blind-corpus: path=options-object-1
    headers: { authorization: `Bearer ${p.credentials.token}`, 'content-type': 'application/json', accept: 'application/json' },
    body: { format: 'pdf' },
  };
}

function seconds(headers: IncomingHttpHeaders): number {
  return Number(headers['retry-after'] ?? 1) || 1;
}

export async function run(env: { baseUrl: string; token: string; ids: ExportPayload['attachment'] }): Promise<Uint8Array | ArrayBuffer> {
  const payload: ExportPayload = { tenantUrl: env.baseUrl, credentials: { token: env.token }, attachment: env.ids };
  const opts = exportOptions(payload);
  const accepted = await request(opts); // blind-corpus: site=options-object-1
  if (accepted.statusCode !== 202) throw new Error(`export rejected: ${accepted.statusCode} ${accepted.raw.toString()}`);
  const location = accepted.headers.location;
  if (!location) throw new Error('no Location');

  const auth = { authorization: `Bearer ${payload.credentials.token}` };
  let wait = seconds(accepted.headers);
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, wait * 1000));
    const polled = await request({ method: 'GET', url: location, headers: { ...auth, accept: 'application/json' } });
    const op = polled.body as { status: string; resourceUrl?: string; resourceURL?: string };
    if (op.status === 'completed') {
      const file = await request({ method: 'GET', url: op.resourceUrl ?? op.resourceURL ?? '', headers: auth });
      if (file.statusCode !== 200) throw new Error(`download failed ${file.statusCode}`);
      return new Uint8Array(file.raw);
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
    wait = seconds(polled.headers);
  }
  throw new Error('export never completed');
}
