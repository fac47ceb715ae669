import ky, { type KyInstance, type Options } from 'ky';

export interface WorkivaKyOptions extends Pick<Options, 'timeout' | 'retry'> {
  prefixUrl: string;
  getToken: () => string | Promise<string>;
}

export interface ExportTarget {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

/** A thin ky preset for the Workiva API, plus helpers for its long-running operations. */
export function workiva(options: WorkivaKyOptions): KyInstance {
  return ky.create({
    prefixUrl: options.prefixUrl,
    timeout: options.timeout ?? 29_000,
    retry: options.retry ?? { limit: 3, methods: ['get'], statusCodes: [429, 503] },
    headers: { accept: 'application/json' },
    hooks: {
      beforeRequest: [
        async (req) => {
          req.headers.set('authorization', `Bearer ${await options.getToken()}`);
        },
      ],
    },
  });
}

export async function operationResult(api: KyInstance, location: string, firstWaitSeconds: number): Promise<Operation> {
  let waitSeconds = firstWaitSeconds;
  for (;;) {
    await new Promise((r) => setTimeout(r, waitSeconds * 1000 + 30));
    const res = await api.get(location, { prefixUrl: '' });
    const op = await res.json<Operation>();
    if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return op;
    waitSeconds = Number(res.headers.get('retry-after')) || 1;
  }
}

export async function exportAttachmentPdf(api: KyInstance, t: ExportTarget): Promise<ArrayBuffer> {
  const started = await api.post(`prototype/platform/audits/${t.auditId}/procedures/${t.procedureId}/matrices/${t.matrixId}/samples/${t.sampleId}/attachments/${t.attachmentId}/export`, { json: { format: 'pdf' } }); // blind-corpus: site=ky-lib-1
  const op = await operationResult(api, started.headers.get('location') ?? '', Number(started.headers.get('retry-after')) || 1);
  if (op.status !== 'completed') throw new Error(`Workiva export ${op.id} ${op.status}`);
  return api.get(op.resourceUrl ?? op.resourceURL ?? '', { prefixUrl: '', headers: { accept: 'application/pdf' } }).arrayBuffer();
}

export async function run(env: { baseUrl: string; token: string; ids: ExportTarget }): Promise<ArrayBuffer> {
  const api = workiva({ prefixUrl: env.baseUrl, getToken: () => env.token });
  return exportAttachmentPdf(api, env.ids);
}
