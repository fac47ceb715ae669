// Exports sample attachments for the evidence binder. Two entry points: the interactive "download now"
// button and the reconciliation job, which resolves relative paths against the tenant URL.
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

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' } as const;

function bearer(token: string): HeadersInit {
  return { ...JSON_HEADERS, Authorization: `Bearer ${token}` };
}

export async function exportNow(apiUrl: string, token: string, ids: Ids): Promise<Response> {
  const url = new URL(apiUrl);
  url.pathname = `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=url-pathname-fetch-1
  url.searchParams.set('source', 'binder');
  return fetch(url, { method: 'POST', headers: bearer(token), body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=url-pathname-fetch-1
}

export async function exportForReconciliation(apiUrl: string, token: string, ids: Ids): Promise<Response> {
  const relative = `prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=url-pathname-fetch-2
  const target = new URL(relative, apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`);
  return fetch(target, { method: 'POST', headers: bearer(token), body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=url-pathname-fetch-2
}

async function* operationUpdates(location: string, token: string, firstDelay: number): AsyncGenerator<Operation> {
  let delay = firstDelay;
  for (;;) {
    await new Promise((r) => setTimeout(r, delay * 1000));
    const res = await fetch(location, { headers: bearer(token) });
    if (!res.ok) throw new Error(`poll ${location} -> ${res.status}`);
    yield (await res.json()) as Operation;
    delay = Number(res.headers.get('Retry-After') ?? 1);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const mode = process.env['BINDER_EXPORT_MODE'] ?? 'interactive';
  const res = mode === 'reconcile' ? await exportForReconciliation(env.baseUrl, env.token, env.ids) : await exportNow(env.baseUrl, env.token, env.ids);
  if (res.status !== 202) throw new Error(`export request failed: ${res.status} ${await res.text()}`);
  const location = res.headers.get('Location');
  if (!location) throw new Error('no Location header');

  for await (const op of operationUpdates(location, env.token, Number(res.headers.get('Retry-After') ?? 1))) {
    if (op.status === 'completed') {
      const file = await fetch(op.resourceUrl ?? op.resourceURL ?? '', { headers: { Authorization: `Bearer ${env.token}` } });
      if (!file.ok) throw new Error(`download failed: ${file.status}`);
      return new Uint8Array(await file.arrayBuffer());
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.id} ${op.status}`);
  }
  throw new Error('operation stream ended');
}
