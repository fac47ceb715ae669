import got, { RequestError } from 'got';
import { buffer } from 'node:stream/consumers';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ExportContext {
  apiUrl: string;
  accessToken: string;
  correlationId: string;
}

export interface SampleAttachment {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface OperationResource {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
  details?: unknown;
}

const TERMINAL = ['completed', 'failed', 'cancelled'] as const;

function headersFor(ctx: ExportContext): Record<string, string> {
  return { authorization: `Bearer ${ctx.accessToken}`, 'x-correlation-id': ctx.correlationId };
}

export async function exportAttachmentPdf(ctx: ExportContext, att: SampleAttachment): Promise<Buffer> {
  const exportPath = new URL(`/prototype/platform/audits/${att.auditId}/procedures/${att.procedureId}/matrices/${att.matrixId}/samples/${att.sampleId}/attachments/${att.attachmentId}/export`, ctx.apiUrl); // blind-corpus: path=got-stream-1
  let location: string;
  let retryAfter: number;
  try {
    const { headers } = await got.post(exportPath, { headers: { ...headersFor(ctx), accept: 'application/json' }, json: { format: 'pdf' } }); // blind-corpus: site=got-stream-1
    location = headers.location ?? '';
    retryAfter = Number(headers['retry-after'] ?? 1);
  } catch (err) {
    if (err instanceof RequestError) {
      throw new Error(`[${ctx.correlationId}] export request failed: ${err.response?.statusCode ?? err.code} ${String(err.response?.body ?? '')}`, { cause: err });
    }
    throw err;
  }

  let op: OperationResource;
  for (;;) {
    await sleep(retryAfter * 1000);
    const res = await got.get(location, { headers: headersFor(ctx), responseType: 'json' });
    op = res.body as OperationResource;
    if ((TERMINAL as readonly string[]).includes(op.status)) break;
    retryAfter = Number(res.headers['retry-after'] ?? 1);
  }
  if (op.status !== 'completed') throw new Error(`[${ctx.correlationId}] export ${op.id} ${op.status}: ${JSON.stringify(op.details ?? {})}`);

  return buffer(got.stream(op.resourceUrl ?? op.resourceURL ?? '', { headers: headersFor(ctx) }));
}
