import { throwIfRetryable, withRetry } from './retry.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface ExportContext {
  apiBase: string;
  token: string;
  ids: Ids;
}

interface Operation {
  status: string;
  resourceUrl?: string | null;
}

const EXPORT_PATH = '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export'; // blind-corpus: path=retry-wrapper-2

function expand(template: string, ids: Ids): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(ids[key as keyof Ids]));
}

async function startExport(ctx: ExportContext): Promise<Response> {
  const { ids } = ctx;
  const res = await withRetry(() =>
    fetch(`${ctx.apiBase}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, { // blind-corpus: site=retry-wrapper-1
      method: 'POST',
      headers: { Authorization: `Bearer ${ctx.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ format: 'pdf' }),
    }).then(throwIfRetryable),
  );
  return res;
}

/** Variant used by the backfill script: path comes from the shared template. */
async function startExportFromTemplate(ctx: ExportContext): Promise<Response> {
  return withRetry(
    async () => throwIfRetryable(await fetch(ctx.apiBase + expand(EXPORT_PATH, ctx.ids), { method: 'POST', headers: { Authorization: `Bearer ${ctx.token}`, 'Content-Type': 'application/json', Accept: 'application/json' }, body: '{"format":"pdf"}' })), // blind-corpus: site=retry-wrapper-2
    { attempts: 5 },
  );
}

async function complete(ctx: ExportContext, accepted: Response): Promise<ArrayBuffer> {
  if (accepted.status !== 202) throw new Error(`export rejected: ${accepted.status}`);
  const location = accepted.headers.get('location')!;
  let delay = Number(accepted.headers.get('retry-after') ?? 1);
  const auth = { Authorization: `Bearer ${ctx.token}` };
  for (;;) {
    await new Promise((r) => setTimeout(r, delay * 1000));
    const res = await withRetry(() => fetch(location, { headers: auth }).then(throwIfRetryable));
    const op = (await res.json()) as Operation;
    if (op.status === 'completed') {
      const pdf = await withRetry(() => fetch(op.resourceUrl!, { headers: auth }).then(throwIfRetryable));
      return pdf.arrayBuffer();
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
    delay = Number(res.headers.get('retry-after') ?? 1);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<ArrayBuffer> {
  const ctx: ExportContext = { apiBase: env.baseUrl, token: env.token, ids: env.ids };
  const backfill: ExportContext = { ...ctx, ids: { ...ctx.ids, attachmentId: `${ctx.ids.attachmentId}-backfill` } };
  const [a, b] = await Promise.all([startExport(ctx), startExportFromTemplate(backfill)]);
  const [pdf] = await Promise.all([complete(ctx, a), complete(backfill, b)]);
  return pdf;
}
