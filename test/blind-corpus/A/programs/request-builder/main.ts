import { buildRequest, dispatch } from './requests.js';

interface AttachmentPointer {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface ExportOperation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

interface Session {
  baseUrl: string;
  token: string;
}

function attachmentExportPath(p: AttachmentPointer): string {
  return `/prototype/platform/audits/${p.auditId}/procedures/${p.procedureId}/matrices/${p.matrixId}/samples/${p.sampleId}/attachments/${p.attachmentId}/export`; // blind-corpus: path=request-builder-1,request-builder-2
}

async function waitForOperation(session: Session, location: string, retryAfter: number): Promise<ExportOperation> {
  let delay = retryAfter;
  let op: ExportOperation;
  do {
    await new Promise((r) => setTimeout(r, delay * 1000 + 30));
    const res = await dispatch(buildRequest({ ...session, path: location }));
    delay = Number(res.headers.get('retry-after') ?? delay);
    op = (await res.json()) as ExportOperation;
  } while (op.status !== 'completed' && op.status !== 'failed' && op.status !== 'cancelled');
  return op;
}

export async function exportAttachment(session: Session, pointer: AttachmentPointer): Promise<ArrayBuffer> {
  const request = buildRequest({ ...session, method: 'POST', path: attachmentExportPath(pointer), json: { format: 'pdf' } });
  const accepted = await dispatch(request); // blind-corpus: site=request-builder-1
  const op = await waitForOperation(session, accepted.headers.get('location') ?? '', Number(accepted.headers.get('retry-after') ?? 1));
  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
  const file = await dispatch(buildRequest({ ...session, path: op.resourceUrl ?? op.resourceURL ?? '', accept: 'application/pdf' }));
  return file.arrayBuffer();
}

/** Queue exports for many attachments, returning operation URLs keyed by attachment id. */
export async function queueExports(session: Session, pointers: AttachmentPointer[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  await Promise.all(
    pointers.map(async (pointer) => {
      const res = await dispatch(buildRequest({ ...session, method: 'POST', path: attachmentExportPath(pointer), json: { format: 'pdf' } })); // blind-corpus: site=request-builder-2
      out.set(pointer.attachmentId, res.headers.get('location') ?? '');
    }),
  );
  return out;
}

export async function run(env: { baseUrl: string; token: string; ids: AttachmentPointer }): Promise<Uint8Array | ArrayBuffer> {
  return exportAttachment({ baseUrl: env.baseUrl, token: env.token }, env.ids);
}
