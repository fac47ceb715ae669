import { request } from 'undici';
import { OperationTicker } from './scheduler.js';

interface SyncTask {
  id: string;
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

const api = new URL(process.env['WORKIVA_API_URL']!);
const authorization = `Bearer ${process.env['WORKIVA_TOKEN']}`;

async function queueExport(task: SyncTask): Promise<{ operationUrl: string; retryAfter: number }> {
  const target = {
    protocol: api.protocol,
    hostname: api.hostname,
    port: api.port,
    pathname: `/prototype/platform/audits/${task.audit}/procedures/${task.procedure}/matrices/${task.matrix}/samples/${task.sample}/attachments/${task.attachment}/export`, // blind-corpus: path=scheduled-undici-1
  };
  const { statusCode, headers, body } = await request(target, { // blind-corpus: site=scheduled-undici-1
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json', accept: 'application/json', 'x-version': '2022-01-01' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  if (statusCode !== 202) {
    const problem = (await body.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new Error(`task ${task.id}: export rejected with ${statusCode} (${problem.code}) ${problem.message}`);
  }
  await body.dump();
  return { operationUrl: String(headers['location']), retryAfter: Number(headers['retry-after'] ?? 1) };
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const ticker = new OperationTicker(authorization);
  const tasks: SyncTask[] = [
    { id: `sync-${env.ids.attachmentId}`, audit: env.ids.auditId, procedure: env.ids.procedureId, matrix: env.ids.matrixId, sample: env.ids.sampleId, attachment: env.ids.attachmentId },
  ];
  const results = await Promise.all(
    tasks.map(async (task) => {
      const { operationUrl, retryAfter } = await queueExport(task);
      return ticker.track(task.id, operationUrl, retryAfter);
    }),
  );
  return results[0]!;
}
