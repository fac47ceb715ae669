import { WORKIVA_API_URL, bearer, ensureOk } from './upstream.js';

export interface BffRequest {
  params: Record<string, string | undefined>;
  body?: unknown;
  session: { accessToken: string; userId: string };
}
export interface BffResponse<T> {
  status: number;
  headers?: Record<string, string>;
  body: T;
}

function requireParams<K extends string>(params: BffRequest['params'], ...keys: K[]): Record<K, string> {
  const out = {} as Record<K, string>;
  const missing: string[] = [];
  for (const k of keys) {
    const v = params[k];
    if (!v || !/^[\w=-]+$/.test(v)) missing.push(k);
    else out[k] = v;
  }
  if (missing.length) throw Object.assign(new Error(`bad params: ${missing.join(', ')}`), { status: 400 });
  return out;
}

const exportUrl = (p: Record<'auditId' | 'procedureId' | 'matrixId' | 'sampleId' | 'attachmentId', string>) =>
  new URL(`/prototype/platform/audits/${p.auditId}/procedures/${p.procedureId}/matrices/${p.matrixId}/samples/${p.sampleId}/attachments/${p.attachmentId}/export`, WORKIVA_API_URL); // blind-corpus: path=bff-handlers-1,bff-handlers-2

/** POST /api/audits/:auditId/.../attachments/:attachmentId/exports — starts an export, returns a handle the SPA polls. */
export async function startExport(req: BffRequest): Promise<BffResponse<{ operation: string; retryAfter: number }>> {
  const p = requireParams(req.params, 'auditId', 'procedureId', 'matrixId', 'sampleId', 'attachmentId');
  const res = await ensureOk( // blind-corpus: site=bff-handlers-1
    await fetch(exportUrl(p), {
      method: 'POST',
      headers: bearer(req.session.accessToken, { 'Content-Type': 'application/json' }),
      body: JSON.stringify({ format: 'pdf' }),
    }),
  );
  const retryAfter = Number(res.headers.get('Retry-After') ?? '1');
  return {
    status: 202,
    headers: { 'Retry-After': String(retryAfter) },
    body: { operation: Buffer.from(res.headers.get('Location') ?? '').toString('base64url'), retryAfter },
  };
}

/** GET /api/exports/:operation — proxies the operation status to the SPA. */
export async function getExportStatus(req: BffRequest): Promise<BffResponse<{ status: string; downloadable: boolean; retryAfter: number; resource?: string }>> {
  const { operation } = requireParams(req.params, 'operation');
  const location = Buffer.from(operation, 'base64url').toString('utf8');
  if (new URL(location).origin !== new URL(WORKIVA_API_URL).origin) throw Object.assign(new Error('foreign operation url'), { status: 400 });
  const res = await ensureOk(await fetch(location, { headers: bearer(req.session.accessToken) }));
  const op = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
  const resource = op.resourceUrl ?? op.resourceURL;
  return {
    status: 200,
    body: {
      status: op.status,
      downloadable: op.status === 'completed' && !!resource,
      retryAfter: Number(res.headers.get('Retry-After') ?? '1'),
      ...(resource ? { resource: Buffer.from(resource).toString('base64url') } : {}),
    },
  };
}

/** GET /api/exports/:operation/file */
export async function downloadExport(req: BffRequest): Promise<BffResponse<ArrayBuffer>> {
  const { resource } = requireParams(req.params, 'resource');
  const url = Buffer.from(resource, 'base64url').toString('utf8');
  const res = await ensureOk(await fetch(url, { headers: bearer(req.session.accessToken, { Accept: 'application/pdf' }) }));
  return { status: 200, headers: { 'Content-Type': 'application/pdf' }, body: await res.arrayBuffer() };
}

/**
 * Legacy one-shot endpoint still used by the old evidence viewer (v1 SPA): starts and immediately returns the operation
 * Location without base64 wrapping. TODO(web-platform): delete once v1 viewer is gone.
 */
export async function legacyStartExport(req: BffRequest): Promise<BffResponse<{ location: string | null }>> {
  const p = requireParams(req.params, 'auditId', 'procedureId', 'matrixId', 'sampleId', 'attachmentId');
  const res = await fetch(exportUrl(p), { method: 'POST', headers: bearer(req.session.accessToken, { 'Content-Type': 'application/json' }), body: '{"format":"pdf"}' }); // blind-corpus: site=bff-handlers-2
  await ensureOk(res);
  return { status: 202, body: { location: res.headers.get('Location') } };
}
