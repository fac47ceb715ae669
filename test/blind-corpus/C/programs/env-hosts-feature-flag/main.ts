import { EnvFeatureFlags, type FeatureFlags } from './flags.js';
import { resolveApiHost } from './hosts.js';

interface AttachmentExportJob {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
  testPhaseId?: string;
}

const GRAPH_EXPORT_FLAG = 'evidence.graph-2026-export';

function buildExportRequest(host: string, token: string, job: AttachmentExportJob, flags: FeatureFlags): Request {
  const headers = new Headers({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' });
  const body = JSON.stringify({ format: 'pdf' });
  if (flags.isEnabled(GRAPH_EXPORT_FLAG) && job.testPhaseId) {
    headers.set('X-Version', '2026-01-01');
    return new Request(`${host}/testForms/${job.auditId}/testPhases/${job.testPhaseId}/matrices/${job.matrixId}/samples/${job.sampleId}/attachments/${job.attachmentId}/export`, { method: 'POST', headers, body });
  }
  headers.set('X-Version', '2022-01-01');
  return new Request(`${host}/prototype/platform/audits/${job.auditId}/procedures/${job.procedureId}/matrices/${job.matrixId}/samples/${job.sampleId}/attachments/${job.attachmentId}/export`, { method: 'POST', headers, body }); // blind-corpus: path=env-flag-request-1
}

async function sleepSeconds(s: number): Promise<void> {
  await new Promise((r) => setTimeout(r, s * 1000 + 35));
}

export async function run(env: { baseUrl: string; token: string; ids: AttachmentExportJob }): Promise<ArrayBuffer> {
  const host = resolveApiHost();
  const token = process.env['WORKIVA_TOKEN'] ?? env.token;
  const flags = new EnvFeatureFlags();
  const job: AttachmentExportJob = { ...env.ids, testPhaseId: process.env['EVIDENCE_TEST_PHASE_ID'] };

  const request = buildExportRequest(host, token, job, flags);
  const res = await fetch(request); // blind-corpus: site=env-flag-request-1
  if (res.status !== 202) throw new Error(`export not accepted: ${res.status} ${await res.text()}`);
  const operationUrl = res.headers.get('Location')!;
  let retryAfter = Number(res.headers.get('Retry-After') ?? 1);

  while (true) {
    await sleepSeconds(retryAfter);
    const poll = await fetch(operationUrl, { headers: { Authorization: `Bearer ${token}` } });
    if (!poll.ok) throw new Error(`poll failed: ${poll.status}`);
    retryAfter = Number(poll.headers.get('Retry-After') ?? retryAfter);
    const op = (await poll.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
    if (op.status === 'completed') {
      const file = await fetch(op.resourceUrl ?? op.resourceURL ?? '', { headers: { Authorization: `Bearer ${token}` } });
      return file.arrayBuffer();
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
  }
}
