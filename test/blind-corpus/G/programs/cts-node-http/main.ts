import { SampleExportClient } from './client.cjs';

const pause = (seconds: number) => new Promise<void>((r) => setTimeout(r, seconds * 1000));

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  const client = new SampleExportClient({
    apiUrl: process.env['WORKIVA_API_URL'] ?? env.baseUrl,
    clientId: process.env['WORKIVA_CLIENT_ID'] ?? 'test-client',
    clientSecret: process.env['WORKIVA_CLIENT_SECRET'] ?? 'test-secret',
  });
  const { location, retryAfter } = await client.start({ ...env.ids });
  let wait = retryAfter;
  for (let attempt = 1; attempt <= 120; attempt++) {
    await pause(wait);
    const { op, retryAfter: next, throttled } = await client.status(location);
    wait = next;
    if (throttled) continue;
    if (op.status === 'completed') return new Uint8Array(await client.download(op.resourceUrl ?? op.resourceURL ?? ''));
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.id} ${op.status}`);
  }
  throw new Error('export did not complete in time');
}
