import type { AxiosInstance } from 'axios';

export interface MatrixSample {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
}

export interface StartedOperation {
  location: string;
  retryAfterSeconds: number;
}

function toStarted(headers: Record<string, unknown>): StartedOperation {
  return { location: String(headers['location']), retryAfterSeconds: Number(headers['retry-after'] ?? 1) };
}

export async function startAttachmentExport(http: AxiosInstance, sample: MatrixSample, attachmentId: string): Promise<StartedOperation> {
  const res = await http.request({ // blind-corpus: site=axios-retry-1
    method: 'POST',
    url: `/prototype/platform/audits/${sample.auditId}/procedures/${sample.procedureId}/matrices/${sample.matrixId}/samples/${sample.sampleId}/attachments/${attachmentId}/export`, // blind-corpus: path=axios-retry-1
    data: { format: 'pdf' },
    headers: { 'Content-Type': 'application/json', 'X-Version': '2022-01-01' },
  });
  return toStarted(res.headers);
}

/** @deprecated pre-2023 variant without the X-Version header; still used by the reconciliation report. */
export async function startAttachmentExportV0(http: AxiosInstance, sample: MatrixSample, attachmentId: string): Promise<StartedOperation> {
  const url = '/prototype/platform/audits/' + sample.auditId + '/procedures/' + sample.procedureId + '/matrices/' + sample.matrixId + '/samples/' + sample.sampleId + '/attachments/' + attachmentId + '/export'; // blind-corpus: path=axios-retry-2
  const res = await http.post(url, JSON.stringify({ format: 'pdf' }), { headers: { 'Content-Type': 'application/json' } }); // blind-corpus: site=axios-retry-2
  return toStarted(res.headers);
}

export async function awaitOperation(http: AxiosInstance, started: StartedOperation): Promise<{ status: string; resourceUrl?: string }> {
  let wait = started.retryAfterSeconds;
  for (;;) {
    await new Promise((r) => setTimeout(r, wait * 1000 + 100));
    const res = await http.get<{ status: string; resourceUrl?: string }>(started.location);
    if (['completed', 'failed', 'cancelled'].includes(res.data.status)) return res.data;
    wait = Number(res.headers['retry-after'] ?? wait);
  }
}
