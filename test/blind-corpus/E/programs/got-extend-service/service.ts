import { absolute, workiva } from './client.js';
import { attachmentExportPath, type AttachmentRef } from './paths.js';

export interface ExportHandle {
  location: string;
  retryAfterSeconds: number;
}

interface OperationView {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  resourceURL?: string;
}

function handleFrom(headers: Record<string, string | string[] | undefined>): ExportHandle {
  const location = headers['location'];
  if (typeof location !== 'string') throw new Error('export was accepted without a Location');
  return { location, retryAfterSeconds: Number(headers['retry-after'] ?? 1) };
}

export async function requestExport(ref: AttachmentRef): Promise<ExportHandle> {
  const res = await workiva.post(attachmentExportPath(ref), { json: { format: 'pdf' } }); // blind-corpus: site=got-extend-1
  return handleFrom(res.headers);
}

/** A cancelled export (e.g. a reviewer replaced the file) is requested once more with the pinned version. */
export async function resubmitExport(ref: AttachmentRef): Promise<ExportHandle> {
  const res = await workiva.post(attachmentExportPath(ref), { // blind-corpus: site=got-extend-2
    json: { format: 'pdf' },
    headers: { 'x-version': '2022-01-01' },
  });
  return handleFrom(res.headers);
}

export async function awaitOperation(handle: ExportHandle): Promise<OperationView> {
  let wait = handle.retryAfterSeconds;
  for (;;) {
    await new Promise((r) => setTimeout(r, wait * 1000));
    const res = await absolute.get(handle.location);
    const view = JSON.parse(res.body) as OperationView;
    if (view.status === 'completed' || view.status === 'failed' || view.status === 'cancelled') return view;
    wait = Number(res.headers['retry-after'] ?? 1);
  }
}

export async function fetchFile(view: OperationView): Promise<Buffer> {
  const url = view.resourceUrl ?? view.resourceURL;
  if (!url) throw new Error(`operation ${view.id} has no file`);
  return absolute.get(url).buffer();
}
