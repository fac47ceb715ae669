import { configureRest, rest, type Scalar } from './rest.js';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface OperationDto {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

interface Accepted {
  location: string;
  retryAfter: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function sampleSegments(ids: Ids): Scalar[] {
  return ['prototype', 'platform', 'audits', ids.auditId, 'procedures', ids.procedureId, 'matrices', ids.matrixId, 'samples', ids.sampleId];
}

function acceptedFrom(res: { status: number; headers: Record<string, unknown>; data: unknown }): Accepted {
  if (res.status !== 202) {
    const err = res.data as { code?: string; message?: string } | undefined;
    throw new Error(`export failed with ${res.status}: ${err?.message ?? 'unknown error'}`);
  }
  return { location: String(res.headers['location']), retryAfter: Number(res.headers['retry-after'] ?? 1) };
}

export async function exportOne(ids: Ids): Promise<Accepted> {
  const res = await rest({ // blind-corpus: site=rest-helper-1
    method: 'POST',
    resource: [...sampleSegments(ids), 'attachments', ids.attachmentId, 'export'], // blind-corpus: path=rest-helper-1
    body: { format: 'pdf' },
    headers: { 'Content-Type': 'application/json', 'X-Version': '2022-01-01' },
  });
  return acceptedFrom(res);
}

export async function exportAllAttachments(ids: Omit<Ids, 'attachmentId'>, attachmentIds: string[]): Promise<Accepted[]> {
  const results: Accepted[] = [];
  for (const attachmentId of attachmentIds) {
    const segments = ['prototype', 'platform', 'audits', ids.auditId, 'procedures', ids.procedureId, 'matrices', ids.matrixId, 'samples', ids.sampleId, 'attachments', attachmentId, 'export']; // blind-corpus: path=rest-helper-2
    results.push(acceptedFrom(await rest({ method: 'POST', resource: segments, body: { format: 'pdf' } }))); // blind-corpus: site=rest-helper-2
    await sleep(250);
  }
  return results;
}

async function* operationUpdates(accepted: Accepted): AsyncGenerator<OperationDto> {
  let retryAfter = accepted.retryAfter;
  for (;;) {
    await sleep(retryAfter * 1000);
    const res = await rest<OperationDto>({ method: 'GET', resource: accepted.location });
    retryAfter = Number(res.headers['retry-after'] ?? retryAfter);
    if (res.status === 429 || res.status === 503) continue;
    if (res.status !== 200) throw new Error(`operation poll failed: ${res.status}`);
    yield res.data;
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<ArrayBuffer> {
  configureRest({ baseURL: env.baseUrl, token: () => env.token });
  const { attachmentId, ...sample } = env.ids;
  const accepted = process.env['EXPORT_ALL_ATTACHMENTS']
    ? (await exportAllAttachments(sample, [attachmentId]))[0]!
    : await exportOne(env.ids);
  for await (const op of operationUpdates(accepted)) {
    if (op.status === 'completed') {
      const file = await rest<ArrayBuffer>({ method: 'GET', resource: op.resourceUrl ?? op.resourceURL ?? '', responseType: 'arraybuffer' });
      if (file.status !== 200) throw new Error(`download failed: ${file.status}`);
      return file.data;
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.id} ${op.status}`);
  }
  throw new Error('operation stream ended');
}
