import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';

const require = createRequire(import.meta.url);

interface ExportJobData {
  jobKey: string;
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

type Done = (jobKey: string, error: Error | null, body?: Buffer) => void;

interface Queue {
  add(name: string, payload: object, opts?: { delayMs?: number }): void;
}

const { JobQueue } = require('./queue.cjs') as { JobQueue: new () => Queue };
const { register } = require('./worker.cjs') as { register(queue: Queue, onDone: Done): void };

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const queue = new JobQueue();
  const waiting = new Map<string, { resolve(b: Buffer): void; reject(e: Error): void }>();
  register(queue, (jobKey, error, body) => {
    const w = waiting.get(jobKey);
    if (!w) return;
    waiting.delete(jobKey);
    if (error) w.reject(error);
    else w.resolve(body ?? Buffer.alloc(0));
  });
  const data: ExportJobData = { jobKey: randomUUID(), ...env.ids };
  const pdf = await new Promise<Buffer>((resolve, reject) => {
    waiting.set(data.jobKey, { resolve, reject });
    queue.add('attachment.export.start', data);
  });
  return new Uint8Array(pdf);
}
