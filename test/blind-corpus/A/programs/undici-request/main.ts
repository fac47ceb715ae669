import { request, Agent } from 'undici';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

const agent = new Agent({ keepAliveTimeout: 10_000, connections: 4 });

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export interface ExportSettings {
  origin: string;
  token: string;
  apiVersion: string;
}

export async function startExport(settings: ExportSettings, ids: Ids): Promise<{ location: string; retryAfterSec: number }> {
  const { statusCode, headers, body } = await request( // blind-corpus: site=undici-1
    `${settings.origin}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, // blind-corpus: path=undici-1
    {
      method: 'POST',
      dispatcher: agent,
      headers: {
        authorization: `Bearer ${settings.token}`,
        'content-type': 'application/json',
        'x-version': settings.apiVersion,
      },
      body: JSON.stringify({ format: 'pdf' }),
    },
  );
  if (statusCode !== 202) {
    const err = (await body.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new Error(`export start failed: ${statusCode} ${err.code ?? ''} ${err.message ?? ''}`);
  }
  await body.dump();
  const location = header(headers, 'location');
  if (!location) throw new Error('no location');
  return { location, retryAfterSec: Number(header(headers, 'retry-after') ?? 1) };
}

async function pollOperation(settings: ExportSettings, location: string, retryAfterSec: number): Promise<string> {
  let wait = retryAfterSec;
  for (;;) {
    await new Promise((r) => setTimeout(r, wait * 1000 + 40));
    const { statusCode, headers, body } = await request(location, { dispatcher: agent, headers: { authorization: `Bearer ${settings.token}` } });
    wait = Number(header(headers, 'retry-after') ?? wait);
    if (statusCode === 429 || statusCode === 503) {
      await body.dump();
      continue;
    }
    const op = (await body.json()) as { id: string; status: string; resourceUrl?: string | null; resourceURL?: string | null };
    if (op.status === 'completed') return op.resourceUrl ?? op.resourceURL ?? '';
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`operation ${op.id} ${op.status}`);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const settings: ExportSettings = { origin: env.baseUrl, token: env.token, apiVersion: '2022-01-01' };
  const { location, retryAfterSec } = await startExport(settings, env.ids);
  const resourceUrl = await pollOperation(settings, location, retryAfterSec);
  const { statusCode, body } = await request(resourceUrl, { dispatcher: agent, headers: { authorization: `Bearer ${settings.token}` } });
  if (statusCode !== 200) throw new Error(`download failed ${statusCode}`);
  return body.arrayBuffer();
}
