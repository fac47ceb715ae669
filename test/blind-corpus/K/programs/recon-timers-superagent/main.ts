// Quarterly control-evidence reconciliation: for each sampled control, pull the sample metadata,
// export the tester's attachment to PDF and compare it against what the evidence vault holds.
import { setTimeout as sleep } from 'node:timers/promises';
import { createHash } from 'node:crypto';
import request from 'superagent';

interface ControlSample {
  control: string;
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
  vaultSha256?: string;
}

interface ReconLine {
  control: string;
  sample: string;
  sha256: string;
  matchesVault: boolean | null;
  bytes: Buffer;
}

const API = process.env['WORKIVA_API_URL'] ?? '';
const TOKEN = process.env['WORKIVA_TOKEN'] ?? '';

const auth = (r: request.SuperAgentRequest) => r.set('Authorization', `Bearer ${TOKEN}`).set('X-Version', '2022-01-01');

async function sampleName(s: ControlSample): Promise<string> {
  try {
    // metadata only; the reconciliation still proceeds if the lookup fails
    const res = await auth(request.get(`${API}/prototype/platform/audits/${s.audit}/procedures/${s.procedure}/matrices/${s.matrix}/samples/${s.sample}`));
    return String(res.body?.name ?? s.sample);
  } catch {
    return s.sample;
  }
}

async function exportPdf(s: ControlSample): Promise<Buffer> {
  const res = await auth(request.post(`${API}/prototype/platform/audits/${s.audit}/procedures/${s.procedure}/matrices/${s.matrix}/samples/${s.sample}/attachments/${s.attachment}/export`)) // blind-corpus: site=recon-sa-1
    .set('Accept', 'application/json')
    .send({ format: 'pdf' });
  const opUrl: string = res.headers['location'] ?? '';
  let delaySeconds = Number(res.headers['retry-after']) || 1;
  let op: { status: string; resourceUrl?: string; resourceURL?: string; originalRequest?: string };
  do {
    await sleep(delaySeconds * 1000);
    const poll = await auth(request.get(opUrl)).accept('json');
    op = poll.body;
    delaySeconds = Number(poll.headers['retry-after']) || 1;
  } while (op.status !== 'completed' && op.status !== 'failed' && op.status !== 'cancelled');
  if (op.status !== 'completed') throw new Error(`export ${op.status} (request ${op.originalRequest})`);
  const file = await auth(request.get((op.resourceUrl ?? op.resourceURL)!)).responseType('blob');
  return file.body as Buffer;
}

export async function reconcile(samples: ControlSample[]): Promise<ReconLine[]> {
  const lines: ReconLine[] = [];
  for (const s of samples) {
    const name = await sampleName(s);
    const bytes = await exportPdf(s);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const matchesVault = s.vaultSha256 ? s.vaultSha256 === sha256 : null;
    console.log(`${s.control}\t${name}\t${sha256}\t${matchesVault ?? 'n/a'}`);
    lines.push({ control: s.control, sample: s.sample, sha256, matchesVault, bytes });
  }
  return lines;
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Buffer> {
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
  const [line] = await reconcile([{ control: 'ITGC-07', audit: auditId, procedure: procedureId, matrix: matrixId, sample: sampleId, attachment: attachmentId }]);
  return line!.bytes;
}
