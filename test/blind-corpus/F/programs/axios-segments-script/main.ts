import axios from 'axios';

interface ExportIds {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

const api = (base: string, ...segments: string[]): string => [base.replace(/\/$/, ''), ...segments.map((s) => encodeURIComponent(s))].join('/');

const wait = (seconds: number) => new Promise<void>((res) => setTimeout(res, Math.ceil(seconds * 1000)));

function authHeaders(token: string) {
  return { Authorization: `Bearer ${token}`, Accept: 'application/json' } as const;
}

/** Marks samples as reviewed after the evidence has been archived (same matrix, other endpoint). */
export async function markSamplesReviewed(base: string, token: string, ids: ExportIds, sampleIds: string[]): Promise<void> {
  const url = api(base, 'prototype', 'platform', 'audits', ids.auditId, 'procedures', ids.procedureId, 'matrices', ids.matrixId, 'samples', 'update');
  await axios.post(url, { samples: sampleIds.map((id) => ({ id, reviewed: true })) }, { headers: authHeaders(token) });
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  const ids: ExportIds = env.ids;
  const exportUrl = api(env.baseUrl, 'prototype', 'platform', 'audits', ids.auditId, 'procedures', ids.procedureId, 'matrices', ids.matrixId, 'samples', ids.sampleId, 'attachments', ids.attachmentId, 'export'); // blind-corpus: path=axios-segments-1

  const started = await axios.post(exportUrl, { format: 'pdf' }, { headers: { ...authHeaders(env.token), 'Content-Type': 'application/json' }, validateStatus: (s) => s === 202 }); // blind-corpus: site=axios-segments-1
  const operationUrl: string = started.headers['location'];
  let retryAfter = Number(started.headers['retry-after'] ?? 1);

  let attempts = 0;
  while (attempts++ < 100) {
    await wait(retryAfter);
    const { data: op, headers } = await axios.get<{ id: string; status: string; resourceUrl?: string; resourceURL?: string }>(operationUrl, { headers: authHeaders(env.token) });
    retryAfter = Number(headers['retry-after'] ?? 1);
    switch (op.status) {
      case 'completed': {
        const pdf = await axios.get<ArrayBuffer>(op.resourceUrl ?? op.resourceURL ?? '', { headers: { Authorization: `Bearer ${env.token}` }, responseType: 'arraybuffer' });
        return pdf.data;
      }
      case 'failed':
      case 'cancelled':
        throw new Error(`export operation ${op.id} finished with status ${op.status}`);
      default:
        continue;
    }
  }
  throw new Error('export operation did not finish in time');
}
