import { Agent, fetch, type Response } from 'undici';

interface GatewayConfig {
  upstream: URL;
  token: string;
  dispatcher: Agent;
}

interface ExportJob {
  jobId: string;
  target: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

type OpStatus = { id: string; status: string; resourceUrl?: string; resourceURL?: string };

class GatewayError extends Error {
  constructor(readonly upstreamStatus: number, message: string) {
    super(message);
  }
}

async function ensureOk(res: Response, step: string): Promise<Response> {
  if (res.status < 400) return res;
  const text = await res.text();
  throw new GatewayError(res.status, `${step}: ${res.status} ${text}`);
}

function retryAfterMs(res: Response, fallbackSeconds: number): number {
  const header = res.headers.get('retry-after');
  const seconds = header === null ? fallbackSeconds : Number(header);
  return seconds * 1000;
}

async function runExportJob(cfg: GatewayConfig, job: ExportJob): Promise<ArrayBuffer> {
  const t = job.target;
  const auth = { authorization: `Bearer ${cfg.token}` };
  const exportUrl = new URL(`/prototype/platform/audits/${t.auditId}/procedures/${t.procedureId}/matrices/${t.matrixId}/samples/${t.sampleId}/attachments/${t.attachmentId}/export`, cfg.upstream); // blind-corpus: path=gateway-undici-1
  const start = await ensureOk(
    await fetch(exportUrl, { method: 'POST', dispatcher: cfg.dispatcher, headers: { ...auth, 'content-type': 'application/json', 'x-version': '2022-01-01' }, body: '{"format":"pdf"}' }), // blind-corpus: site=gateway-undici-1
    `job ${job.jobId} start`,
  );
  const opUrl = start.headers.get('location');
  if (!opUrl) throw new GatewayError(502, 'upstream did not return an operation location');
  let waitMs = retryAfterMs(start, 1);

  const pollOnce = async (): Promise<OpStatus> => {
    await new Promise((r) => setTimeout(r, waitMs));
    const res = await ensureOk(await fetch(opUrl, { dispatcher: cfg.dispatcher, headers: auth }), `job ${job.jobId} poll`);
    waitMs = retryAfterMs(res, waitMs / 1000);
    return (await res.json()) as OpStatus;
  };

  let op = await pollOnce();
  while (op.status === 'acknowledged' || op.status === 'queued' || op.status === 'started') op = await pollOnce();
  const resource = op.resourceUrl ?? op.resourceURL;
  if (op.status !== 'completed' || !resource) throw new GatewayError(502, `job ${job.jobId}: export ${op.status}`);
  const file = await ensureOk(await fetch(resource, { dispatcher: cfg.dispatcher, headers: auth }), `job ${job.jobId} download`);
  return file.arrayBuffer();
}

export async function run(env: { baseUrl: string; token: string; ids: ExportJob['target'] }): Promise<Uint8Array | ArrayBuffer> {
  const dispatcher = new Agent({ keepAliveTimeout: 10_000, connections: 8 });
  const cfg: GatewayConfig = { upstream: new URL(env.baseUrl), token: env.token, dispatcher };
  try {
    return await runExportJob(cfg, { jobId: `gw-${Date.now().toString(36)}`, target: env.ids });
  } finally {
    await dispatcher.close();
  }
}
