import { setTimeout as sleep } from 'node:timers/promises';
import { PooledTransport, header, type RawResponse } from './transport.js';

interface SampleAttachment {
  readonly auditId: string;
  readonly procedureId: string;
  readonly matrixId: string;
  readonly sampleId: string;
  readonly attachmentId: string;
}

function fail(res: RawResponse, what: string): never {
  let detail = '';
  try {
    const problem = JSON.parse(res.body.toString('utf8')) as { code?: string; message?: string };
    detail = `${problem.code}: ${problem.message}`;
  } catch {
    detail = res.body.toString('utf8').slice(0, 200);
  }
  throw new Error(`${what} failed with HTTP ${res.statusCode} ${detail}`);
}

export async function run(env: { baseUrl: string; token: string; ids: SampleAttachment }): Promise<Uint8Array | ArrayBuffer> {
  const api = new URL(env.baseUrl);
  const transport = new PooledTransport(env.token);
  const a = env.ids;
  try {
    const accepted = await transport.send(api.origin, { // blind-corpus: site=undici-pool-1
      method: 'POST',
      path: `${api.pathname.replace(/\/$/, '')}/prototype/platform/audits/${a.auditId}/procedures/${a.procedureId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`, // blind-corpus: path=undici-pool-1
      json: { format: 'pdf' },
    });
    if (accepted.statusCode !== 202) fail(accepted, 'export request');
    const operationUrl = header(accepted, 'location');
    if (!operationUrl) throw new Error('export accepted without a Location header');

    let retryAfter = Number(header(accepted, 'retry-after') ?? 1);
    for (;;) {
      await sleep(retryAfter * 1000 + 10);
      const polled = await transport.getAbsolute(operationUrl);
      if (polled.statusCode === 429 || polled.statusCode === 503) {
        retryAfter = Number(header(polled, 'retry-after') ?? 5);
        continue;
      }
      if (polled.statusCode !== 200) fail(polled, 'operation poll');
      const op = JSON.parse(polled.body.toString('utf8')) as { id: string; status: string; resourceUrl?: string; resourceURL?: string };
      retryAfter = Number(header(polled, 'retry-after') ?? 1);
      if (op.status === 'completed') {
        const file = await transport.getAbsolute(op.resourceUrl ?? op.resourceURL ?? '', 'application/pdf');
        if (file.statusCode !== 200) fail(file, 'download');
        return new Uint8Array(file.body);
      }
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export operation ${op.id} is ${op.status}`);
    }
  } finally {
    await transport.close();
  }
}
