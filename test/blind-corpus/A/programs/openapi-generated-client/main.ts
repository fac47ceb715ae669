import { PlatformApi } from './api-client.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

const TERMINAL = new Set(['completed', 'failed', 'cancelled']);

async function follow(api: PlatformApi, location: string, retryAfter: string | null): Promise<Operation> {
  let delay = Number(retryAfter ?? 1);
  for (;;) {
    await new Promise((r) => setTimeout(r, delay * 1000 + 50));
    const res = await api.send<Operation>('GET', location);
    if (TERMINAL.has(res.body.status)) return res.body;
    delay = Number(res.headers.get('retry-after') ?? delay);
  }
}

export async function exportPdf(api: PlatformApi, ids: Ids): Promise<ArrayBuffer> {
  let accepted;
  try {
    accepted = await api.call<Operation>('exportSampleAttachment', { ...ids }, { format: 'pdf' }); // blind-corpus: site=openapi-client-1
  } catch (error) {
    if (!(error instanceof Error) || !/-> 409/.test(error.message)) throw error;
    // 409: an export for this attachment is already running; the API accepts a fresh request once it settles.
    await new Promise((r) => setTimeout(r, 2000));
    accepted = await api.call<Operation>('exportSampleAttachment', { ...ids }, { format: 'pdf' }); // blind-corpus: site=openapi-client-2
  }
  const op = await follow(api, accepted.headers.get('location') ?? '', accepted.headers.get('retry-after'));
  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
  const file = await api.send<ArrayBuffer>('GET', op.resourceUrl ?? op.resourceURL ?? '');
  return file.body;
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const api = new PlatformApi({ basePath: env.baseUrl, accessToken: () => env.token });
  return exportPdf(api, env.ids);
}
