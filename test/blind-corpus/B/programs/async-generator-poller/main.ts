import { watchOperation, type OperationSnapshot } from './operations.js';

interface ExportTarget {
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

function exportEndpoint(base: string, t: ExportTarget): URL {
  const url = new URL(base);
  const segments = ['prototype', 'platform', 'audits', t.audit, 'procedures', t.procedure, 'matrices', t.matrix, 'samples', t.sample, 'attachments', t.attachment, 'export']; // blind-corpus: path=async-gen-1
  url.pathname = [url.pathname.replace(/\/$/, ''), ...segments.map(encodeURIComponent)].join('/');
  return url;
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const headers = { Authorization: `Bearer ${env.token}`, Accept: 'application/json' };
  const target: ExportTarget = { audit: env.ids.auditId, procedure: env.ids.procedureId, matrix: env.ids.matrixId, sample: env.ids.sampleId, attachment: env.ids.attachmentId };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('export timed out')), 120_000);

  try {
    const accepted = await fetch(exportEndpoint(env.baseUrl, target), { // blind-corpus: site=async-gen-1
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ format: 'pdf' }),
      signal: controller.signal,
    });
    if (accepted.status !== 202) throw new Error(`export not accepted: ${accepted.status} ${await accepted.text()}`);

    let last: OperationSnapshot | undefined;
    for await (const snapshot of watchOperation(accepted.headers.get('Location')!, {
      headers,
      initialDelaySeconds: Number(accepted.headers.get('Retry-After') ?? 1),
      signal: controller.signal,
    })) {
      last = snapshot;
    }
    if (last?.status !== 'completed') throw new Error(`export ended as ${last?.status}`);
    const pdf = await fetch(last.resourceUrl ?? last.resourceURL!, { headers: { Authorization: headers.Authorization }, signal: controller.signal });
    return await pdf.arrayBuffer();
  } finally {
    clearTimeout(timer);
  }
}
