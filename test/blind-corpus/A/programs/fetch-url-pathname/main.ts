import { authHeaders } from './auth.js';

interface Env {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

interface ExportOperation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

class WorkivaError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'WorkivaError';
  }
}

async function ensureOk(res: Response): Promise<Response> {
  if (res.ok) return res;
  let code = String(res.status);
  let message = res.statusText;
  try {
    const body = (await res.json()) as { code?: string; message?: string };
    code = body.code ?? code;
    message = body.message ?? message;
  } catch {
    // body was not JSON
  }
  throw new WorkivaError(res.status, code, message);
}

function delayFromRetryAfter(res: Response): number {
  const header = res.headers.get('retry-after');
  if (!header) return 2000;
  const seconds = Number(header);
  if (!Number.isNaN(seconds)) return seconds * 1000 + 25;
  const at = Date.parse(header);
  return Number.isNaN(at) ? 2000 : Math.max(0, at - Date.now()) + 25;
}

export async function exportSampleAttachment(apiUrl: string, token: string, ids: Env['ids']): Promise<ArrayBuffer> {
  const url = new URL(apiUrl);
  url.pathname = `/prototype/platform/audits/${encodeURIComponent(ids.auditId)}/procedures/${encodeURIComponent(ids.procedureId)}/matrices/${encodeURIComponent(ids.matrixId)}/samples/${encodeURIComponent(ids.sampleId)}/attachments/${encodeURIComponent(ids.attachmentId)}/export`; // blind-corpus: path=url-pathname-1
  const accepted = await ensureOk(
    await fetch(url, { method: 'POST', headers: { ...authHeaders(token), 'Content-Type': 'application/json' }, body: JSON.stringify({ format: 'pdf' }) }), // blind-corpus: site=url-pathname-1
  );
  const operationUrl = accepted.headers.get('location');
  if (!operationUrl) throw new Error('missing Location on 202');

  let delay = delayFromRetryAfter(accepted);
  while (true) {
    await new Promise((r) => setTimeout(r, delay));
    const res = await ensureOk(await fetch(new URL(operationUrl), { headers: authHeaders(token) }));
    const op = (await res.json()) as ExportOperation;
    if (op.status === 'completed') {
      const resource = op.resourceUrl ?? op.resourceURL;
      if (!resource) throw new Error(`operation ${op.id} has no resourceUrl`);
      const file = await ensureOk(await fetch(resource, { headers: { Authorization: `Bearer ${token}` } }));
      return file.arrayBuffer();
    }
    if (op.status === 'failed' || op.status === 'cancelled') {
      throw new Error(`export ${op.id} ${op.status}`);
    }
    delay = delayFromRetryAfter(res);
  }
}

export async function run(env: Env): Promise<Uint8Array | ArrayBuffer> {
  return exportSampleAttachment(env.baseUrl, env.token, env.ids);
}
