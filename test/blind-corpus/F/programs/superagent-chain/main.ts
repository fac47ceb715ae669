import request from 'superagent';

interface ExportJob {
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
  requestedBy: string;
}

interface OperationDto {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
  details?: unknown;
}

const POLL_CEILING = 60;

function secondsHeader(h: string | undefined, dflt: number): number {
  const n = h ? Number.parseInt(h, 10) : NaN;
  return Number.isNaN(n) ? dflt : n;
}

function pause(seconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}

async function submit(apiRoot: string, token: string, job: ExportJob): Promise<request.Response> {
  const url = `${apiRoot}/prototype/platform/audits/${job.audit}/procedures/${job.procedure}/matrices/${job.matrix}/samples/${job.sample}/attachments/${job.attachment}/export`; // blind-corpus: path=superagent-chain-1,superagent-chain-2
  try {
    return await request
      .post(url) // blind-corpus: site=superagent-chain-1
      .set('Authorization', `Bearer ${token}`)
      .set('Accept', 'application/json')
      .send({ format: 'pdf' });
  } catch (err) {
    const res = (err as { response?: request.Response }).response;
    if (res && (res.status === 429 || res.status === 503)) {
      await pause(secondsHeader(res.headers['retry-after'], 5));
      return request.post(url).set('Authorization', `Bearer ${token}`).send({ format: 'pdf' }); // blind-corpus: site=superagent-chain-2
    }
    throw err;
  }
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  const job: ExportJob = {
    audit: env.ids.auditId,
    procedure: env.ids.procedureId,
    matrix: env.ids.matrixId,
    sample: env.ids.sampleId,
    attachment: env.ids.attachmentId,
    requestedBy: 'nightly-evidence-archive',
  };
  const accepted = await submit(env.baseUrl, env.token, job);
  const location = String(accepted.headers['location']);
  let wait = secondsHeader(accepted.headers['retry-after'], 2);

  for (let i = 0; i < POLL_CEILING; i++) {
    await pause(wait);
    const res = await request.get(location).set('Authorization', `Bearer ${env.token}`);
    const op = res.body as OperationDto;
    wait = secondsHeader(res.headers['retry-after'], 2);
    if (op.status === 'completed') {
      const file = await request
        .get(op.resourceUrl ?? op.resourceURL ?? '')
        .set('Authorization', `Bearer ${env.token}`)
        .responseType('blob');
      return new Uint8Array(file.body as Buffer);
    }
    if (op.status === 'failed' || op.status === 'cancelled') {
      throw new Error(`export for ${job.attachment} ${op.status}`);
    }
  }
  throw new Error(`gave up polling ${location}`);
}
