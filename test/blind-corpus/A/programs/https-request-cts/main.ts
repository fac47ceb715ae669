import PlatformClient from './platform-client.cjs';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

function retryAfterSeconds(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const client = new PlatformClient(env.baseUrl, env.token);
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
  const started = await client.exportAttachment(auditId, procedureId, matrixId, sampleId, attachmentId);
  if (started.statusCode !== 202) throw new Error(`export rejected: ${started.statusCode} ${started.body.toString()}`);
  const location = String(started.headers.location);
  let wait = retryAfterSeconds(started.headers['retry-after']);
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, wait * 1000 + 50));
    const polled = await client.get(location);
    wait = retryAfterSeconds(polled.headers['retry-after']);
    if (polled.statusCode !== 200) continue;
    const op = JSON.parse(polled.body.toString('utf8')) as { status: string; resourceUrl?: string; resourceURL?: string };
    if (op.status === 'completed') {
      const file = await client.get(op.resourceUrl ?? op.resourceURL ?? '');
      return new Uint8Array(file.body);
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
  }
  throw new Error('export timed out');
}
