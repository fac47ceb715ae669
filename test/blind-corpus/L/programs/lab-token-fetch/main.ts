import { getAccessToken } from './auth.js';

interface LabSample {
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

const baseUrl = (process.env.WORKIVA_API_URL ?? '').replace(/\/$/, '');

async function startExport(s: LabSample, token: string): Promise<Response> {
  const exportUrl = baseUrl + '/prototype/platform/audits/' + s.audit + // blind-corpus: path=lab-request-1
    '/procedures/' + s.procedure +
    '/matrices/' + s.matrix +
    '/samples/' + s.sample +
    '/attachments/' + s.attachment +
    '/export';
  const req = new Request(exportUrl, {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  const res = await fetch(req); // blind-corpus: site=lab-request-1
  if (res.status !== 202) throw new Error('export not accepted: ' + res.status + ' ' + (await res.text()));
  return res;
}

async function waitUntilDone(location: string, retryAfter: number, token: string): Promise<{ status: string; resourceUrl?: string; resourceURL?: string }> {
  let seconds = retryAfter;
  while (true) {
    await new Promise((r) => setTimeout(r, seconds * 1000 + 100));
    const res = await fetch(location, { headers: { Authorization: 'Bearer ' + token } });
    const op = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
    if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return op;
    seconds = Number(res.headers.get('Retry-After') ?? 1);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array> {
  const sample: LabSample = { audit: env.ids.auditId, procedure: env.ids.procedureId, matrix: env.ids.matrixId, sample: env.ids.sampleId, attachment: env.ids.attachmentId };
  const token = await getAccessToken(baseUrl);
  const res = await startExport(sample, token);
  const op = await waitUntilDone(res.headers.get('Location') ?? '', Number(res.headers.get('Retry-After') ?? 1), token);
  if (op.status !== 'completed') throw new Error('export ' + op.status);
  const pdf = await fetch(op.resourceUrl ?? op.resourceURL ?? '', { headers: { Authorization: 'Bearer ' + token } });
  return new Uint8Array(await pdf.arrayBuffer());
}
