import axios, { type AxiosInstance, type AxiosResponse } from 'axios';

export interface AttachmentRecord {
  audit_id: string;
  procedure_id: string;
  matrix_id: string;
  sample_id: string;
  attachment_id: string;
  loaded_at?: string;
}

export interface ExtractedFile {
  record: AttachmentRecord;
  pdf: ArrayBuffer;
}

type OperationJson = { id: string; status: string; resourceUrl?: string; resourceURL?: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createExtractor(baseURL: string, token: string): AxiosInstance {
  return axios.create({ baseURL, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' }, timeout: 60_000 });
}

function retryAfter(res: AxiosResponse, fallback: number): number {
  const raw = res.headers['retry-after'];
  return raw === undefined ? fallback : Number(raw);
}

async function* operationStates(api: AxiosInstance, accepted: AxiosResponse): AsyncGenerator<OperationJson, void, undefined> {
  const url: string = accepted.headers['location'];
  let wait = retryAfter(accepted, 1);
  for (;;) {
    await sleep(wait * 1000);
    const res = await api.get<OperationJson>(url);
    yield res.data;
    wait = retryAfter(res, wait);
  }
}

async function finish(api: AxiosInstance, accepted: AxiosResponse, record: AttachmentRecord): Promise<ExtractedFile> {
  for await (const op of operationStates(api, accepted)) {
    if (op.status === 'completed') {
      const pdf = await api.get<ArrayBuffer>(op.resourceUrl ?? op.resourceURL ?? '', { responseType: 'arraybuffer' });
      return { record, pdf: pdf.data };
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`extract ${record.attachment_id}: ${op.status}`);
  }
  throw new Error('unreachable');
}

/** Incremental extract: one export per new attachment row. */
export async function* extractNew(api: AxiosInstance, rows: Iterable<AttachmentRecord>): AsyncGenerator<ExtractedFile> {
  for (const r of rows) {
    const accepted = await api.post(`/prototype/platform/audits/${r.audit_id}/procedures/${r.procedure_id}/matrices/${r.matrix_id}/samples/${r.sample_id}/attachments/${r.attachment_id}/export`, { format: 'pdf' }); // blind-corpus: site=etl-axios-1
    yield await finish(api, accepted, r);
  }
}

/** Backfill: same export, but with an explicit API version and content type pinned for reproducibility. */
export async function backfillOne(api: AxiosInstance, r: AttachmentRecord): Promise<ExtractedFile> {
  const url = ['', 'prototype', 'platform', 'audits', r.audit_id, 'procedures', r.procedure_id, 'matrices', r.matrix_id, 'samples', r.sample_id, 'attachments', r.attachment_id, 'export'].join('/'); // blind-corpus: path=etl-axios-2
  const accepted = await api.request({ url, method: 'POST', data: JSON.stringify({ format: 'pdf' }), headers: { 'Content-Type': 'application/json', 'X-Version': '2022-01-01' } }); // blind-corpus: site=etl-axios-2
  return finish(api, accepted, r);
}
