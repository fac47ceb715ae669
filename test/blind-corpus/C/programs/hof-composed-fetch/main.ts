import { compose, withBaseUrl, withBearer, withErrorMapping, withJsonBody, withLogging, type FetchLike } from './fetch-middleware.js';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

const logLines: string[] = [];

function buildClient(baseUrl: string, token: string): FetchLike {
  return compose(
    withBaseUrl(baseUrl),
    withLogging((l) => logLines.push(l)),
    withBearer(async () => token),
    withJsonBody,
    withErrorMapping,
  )((input, init) => fetch(input, init));
}

async function pollOperation(api: FetchLike, operationUrl: string, retryAfterSeconds: number): Promise<string> {
  await new Promise((r) => setTimeout(r, retryAfterSeconds * 1000 + 20));
  const res = await api(operationUrl);
  const op = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string; id: string };
  if (op.status === 'completed') return op.resourceUrl ?? op.resourceURL ?? '';
  if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.id} ${op.status}`);
  return pollOperation(api, operationUrl, Number(res.headers.get('Retry-After') ?? retryAfterSeconds));
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<ArrayBuffer> {
  const api = buildClient(env.baseUrl, env.token);
  const ids = env.ids;
  const samplePath = `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}`;

  // optionally look the sample up first so a bad id fails with a clear 404 before we queue any work
  if (process.env['EVIDENCE_VERIFY_SAMPLE'] === '1') await api(samplePath);

  const exportPath = `${samplePath}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=hof-fetch-1
  const started = await api(exportPath, { method: 'POST', json: { format: 'pdf' } }); // blind-corpus: site=hof-fetch-1
  const location = started.headers.get('Location');
  if (!location) throw new Error('missing Location');
  const resourceUrl = await pollOperation(api, location, Number(started.headers.get('Retry-After') ?? 1));
  return (await api(resourceUrl)).arrayBuffer();
}
