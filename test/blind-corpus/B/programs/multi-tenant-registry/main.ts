import { TenantRegistry } from './tenants.js';

interface ExportCommand {
  tenantId: string;
  attachment: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
  priority: 'normal' | 'expedite';
}

const HEADER_DEFAULTS: Array<[string, string]> = [
  ['Accept', 'application/json'],
  ['X-Version', '2022-01-01'],
];

async function buildInit(registry: TenantRegistry, tenantId: string, method: string, body?: unknown): Promise<RequestInit> {
  const headers = HEADER_DEFAULTS.reduce((h, [k, v]) => (h.set(k, v), h), new Headers(registry.get(tenantId).defaultHeaders));
  headers.set('Authorization', await registry.authorization(tenantId));
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  return { method, headers, body: body === undefined ? undefined : JSON.stringify(body) };
}

async function startExport(registry: TenantRegistry, cmd: ExportCommand): Promise<Response> {
  const { apiBase } = registry.get(cmd.tenantId);
  const a = cmd.attachment;
  if (cmd.priority === 'expedite') {
    const init = await buildInit(registry, cmd.tenantId, 'POST', { format: 'pdf' });
    (init.headers as Headers).set('X-Request-Priority', 'high');
    return fetch(apiBase + `/prototype/platform/audits/${a.auditId}/procedures/${a.procedureId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`, init); // blind-corpus: site=multi-tenant-2
  }
  const resource = `/prototype/platform/audits/${a.auditId}/procedures/${a.procedureId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`; // blind-corpus: path=multi-tenant-1
  return fetch(new URL(resource, apiBase), await buildInit(registry, cmd.tenantId, 'POST', { format: 'pdf' })); // blind-corpus: site=multi-tenant-1
}

async function runExport(registry: TenantRegistry, cmd: ExportCommand): Promise<ArrayBuffer> {
  const accepted = await startExport(registry, cmd);
  if (accepted.status !== 202) throw new Error(`tenant ${cmd.tenantId}: export rejected ${accepted.status}: ${await accepted.text()}`);
  const location = accepted.headers.get('Location')!;
  let after = Number(accepted.headers.get('Retry-After') ?? '1');
  for (;;) {
    await new Promise((r) => setTimeout(r, after * 1000 + 40));
    const res = await fetch(location, await buildInit(registry, cmd.tenantId, 'GET'));
    after = Number(res.headers.get('Retry-After') ?? '1');
    const op = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
    if (op.status === 'completed') {
      const file = await fetch(op.resourceUrl ?? op.resourceURL ?? '', await buildInit(registry, cmd.tenantId, 'GET'));
      return file.arrayBuffer();
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`tenant ${cmd.tenantId}: export ${op.status}`);
  }
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const registry = new TenantRegistry()
    .add({ id: 'acme', apiBase: env.baseUrl, credentials: { kind: 'static', token: env.token } })
    .add({
      id: 'globex',
      apiBase: process.env['WORKIVA_API_URL']!,
      credentials: { kind: 'client_credentials', clientId: process.env['WORKIVA_CLIENT_ID']!, clientSecret: process.env['WORKIVA_CLIENT_SECRET']! },
      defaultHeaders: { 'X-Tenant': 'globex' },
    });
  const tenantId = process.env['EXPORT_TENANT'] ?? 'globex';
  const priority = process.env['EXPORT_PRIORITY'] === 'expedite' ? 'expedite' : 'normal';
  return runExport(registry, { tenantId, attachment: { ...env.ids }, priority });
}
