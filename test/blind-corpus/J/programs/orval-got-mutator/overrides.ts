// Hand-maintained: things orval cannot generate for us (202 + Location polling, binary download, X-Version pin).
import got from 'got';
import { setTimeout as sleep } from 'node:timers/promises';
import { customInstance } from './api/mutator.js';
import { getAuditSampleAttachmentExportByIdUrl } from './api/workiva.js';

export interface AttachmentAddress {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export async function requestAttachmentPdf(addr: AttachmentAddress, token: string): Promise<{ location: string; retryAfter: number }> {
  const url = getAuditSampleAttachmentExportByIdUrl(addr.auditId, addr.procedureId, addr.matrixId, addr.sampleId, addr.attachmentId);
  const res = await customInstance<void>({ url, method: 'POST', data: { format: 'pdf' }, headers: { 'X-Version': '2022-01-01' } }, { // blind-corpus: site=orval-got-2
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-version': '2022-01-01' },
  });
  return { location: String(res.headers['location']), retryAfter: Number(res.headers['retry-after'] ?? 1) };
}

export async function awaitPdf(location: string, retryAfter: number, token: string): Promise<Buffer> {
  const authorization = `Bearer ${token}`;
  let seconds = retryAfter;
  for (let i = 0; i < 100; i++) {
    await sleep(seconds * 1000);
    const res = await got(location, { headers: { authorization } });
    const op = JSON.parse(res.body) as { id: string; status: string; resourceUrl?: string; resourceURL?: string };
    if (op.status === 'completed') return got(op.resourceUrl ?? op.resourceURL ?? '', { headers: { authorization } }).buffer();
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.id} ${op.status}`);
    seconds = Number(res.headers['retry-after'] ?? seconds);
  }
  throw new Error('export did not finish');
}
