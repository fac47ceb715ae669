// Outbound calls are built as WHATWG Request objects so the audit trail can record them before sending.
interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

const trail: Array<{ at: string; method: string; url: string }> = [];

function buildExportRequest(baseUrl: string, token: string, ids: Ids): Request {
  return new Request(`${baseUrl}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, { // blind-corpus: path=request-object-1
    method: 'POST',
    headers: new Headers({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'X-Version': '2022-01-01' }),
    body: JSON.stringify({ format: 'pdf' }),
  });
}

async function send(req: Request): Promise<Response> {
  trail.push({ at: new Date().toISOString(), method: req.method, url: req.url });
  const res = await fetch(req);
  if (res.status === 429 || res.status >= 500) throw new Error(`transient ${res.status} for ${req.method} ${req.url}`);
  if (res.status >= 400) throw new Error(`${req.method} ${req.url} -> ${res.status}: ${await res.text()}`);
  return res;
}

function authorizedGet(url: string, token: string): Request {
  return new Request(url, { headers: { Authorization: `Bearer ${token}` } });
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const exportRequest = buildExportRequest(env.baseUrl, env.token, env.ids);
  const accepted = await send(exportRequest); // blind-corpus: site=request-object-1
  const location = accepted.headers.get('location');
  if (!location) throw new Error('Location missing');

  let after = Number(accepted.headers.get('retry-after') ?? 1);
  let op: Operation | undefined;
  while (!op || !['completed', 'failed', 'cancelled'].includes(op.status)) {
    await new Promise((r) => setTimeout(r, after * 1000));
    const res = await send(authorizedGet(location, env.token));
    op = (await res.json()) as Operation;
    after = Number(res.headers.get('retry-after') ?? 1);
  }
  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
  const file = await send(authorizedGet(op.resourceUrl ?? op.resourceURL ?? '', env.token));
  return file.arrayBuffer();
}
