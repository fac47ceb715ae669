import { loadConfig, type ExportConfig } from './config.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface Op {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

function headersFor(config: ExportConfig, version: string): Record<string, string> {
  return {
    Authorization: `Bearer ${config.token}`,
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'X-Version': version,
  };
}

async function startExport(config: ExportConfig, ids: Ids): Promise<Response> {
  const legacy = `${config.apiUrl}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=ternary-1,ternary-2
  const successor = `${config.apiUrl}/testForms/${config.testFormId}/testPhases/${config.testPhaseId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`;
  const url = config.useTestForms ? successor : legacy;
  const version = config.useTestForms ? '2026-01-01' : '2022-01-01';
  const res = await fetch(url, { method: 'POST', headers: headersFor(config, version), body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=ternary-1
  if (res.status === 503 || res.status === 502) {
    // The staging proxy fronts the legacy API when the primary host is down.
    const fallbackUrl = config.legacyExportUrlOverride ?? legacy;
    return fetch(fallbackUrl, { method: 'POST', headers: headersFor(config, '2022-01-01'), body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=ternary-2
  }
  return res;
}

async function awaitOperation(config: ExportConfig, location: string, delaySeconds: number): Promise<Op> {
  await new Promise((r) => setTimeout(r, delaySeconds * 1000 + 25));
  const res = await fetch(location, { headers: { Authorization: `Bearer ${config.token}` } });
  if (!res.ok && res.status !== 429) throw new Error(`operation ${location}: ${res.status}`);
  const next = Number(res.headers.get('retry-after') ?? delaySeconds);
  if (res.status === 429) return awaitOperation(config, location, next);
  const op = (await res.json()) as Op;
  return ['completed', 'failed', 'cancelled'].includes(op.status) ? op : awaitOperation(config, location, next);
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const config = loadConfig(process.env, env);
  const accepted = await startExport(config, env.ids);
  if (accepted.status !== 202) throw new Error(`export not accepted: ${accepted.status} ${await accepted.text()}`);
  const op = await awaitOperation(config, accepted.headers.get('location') ?? '', Number(accepted.headers.get('retry-after') ?? 1));
  if (op.status !== 'completed') throw new Error(`export ${op.id} ended ${op.status}`);
  const file = await fetch(op.resourceUrl ?? op.resourceURL ?? '', { headers: { Authorization: `Bearer ${config.token}` } });
  return file.arrayBuffer();
}
