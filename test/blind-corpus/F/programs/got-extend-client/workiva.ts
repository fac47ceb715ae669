import got, { HTTPError, type Got } from 'got';

export interface WorkivaClientOptions {
  apiUrl: string;
  token: string;
  userAgent?: string;
}

export interface AuditSummary {
  id: string;
  name?: string;
  status?: string;
}

export interface AsyncOperation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  resourceURL?: string;
  originalRequest?: unknown;
  details?: unknown;
}

export interface ExportTarget {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export class WorkivaApiError extends Error {
  constructor(message: string, readonly status: number, readonly code?: string) {
    super(message);
    this.name = 'WorkivaApiError';
  }
}

function toApiError(err: unknown): unknown {
  if (err instanceof HTTPError) {
    let payload: { code?: string; message?: string } = {};
    try {
      payload = JSON.parse(String(err.response.body));
    } catch {
      /* body was not JSON */
    }
    return new WorkivaApiError(payload.message ?? err.message, err.response.statusCode, payload.code);
  }
  return err;
}

export function createWorkivaClient(opts: WorkivaClientOptions): Got {
  return got.extend({
    prefixUrl: opts.apiUrl,
    headers: {
      authorization: `Bearer ${opts.token}`,
      accept: 'application/json',
      'user-agent': opts.userAgent ?? 'evidence-sync/3.4',
    },
    retry: { limit: 2, methods: ['GET'], statusCodes: [429, 503] },
    timeout: { request: 20_000 },
  });
}

export async function getAudit(client: Got, auditId: string): Promise<AuditSummary> {
  try {
    return await client.get(`prototype/platform/audits/${auditId}`).json<AuditSummary>();
  } catch (err) {
    throw toApiError(err);
  }
}

export async function requestAttachmentPdf(client: Got, t: ExportTarget): Promise<{ location: string; retryAfter: number }> {
  const path = `prototype/platform/audits/${t.auditId}/procedures/${t.procedureId}/matrices/${t.matrixId}/samples/${t.sampleId}/attachments/${t.attachmentId}/export`; // blind-corpus: path=got-extend-1
  try {
    const res = await client.post(path, { json: { format: 'pdf' }, headers: { 'x-version': '2022-01-01' } }); // blind-corpus: site=got-extend-1
    return { location: res.headers.location ?? '', retryAfter: Number(res.headers['retry-after'] ?? 3) };
  } catch (err) {
    throw toApiError(err);
  }
}

export async function getOperation(client: Got, location: string): Promise<{ op: AsyncOperation; retryAfter: number }> {
  // Location is absolute; got refuses absolute URLs while prefixUrl is set, so clear it.
  const res = await client.get(location, { prefixUrl: '' });
  return { op: JSON.parse(res.body) as AsyncOperation, retryAfter: Number(res.headers['retry-after'] ?? 3) };
}

export async function downloadResource(client: Got, url: string): Promise<Buffer> {
  return client.get(url, { prefixUrl: '', headers: { accept: 'application/pdf' } }).buffer();
}
