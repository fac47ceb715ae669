import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface TaskContext {
  run_id: string;
  conf: { api_url: string; client_id: string; client_secret: string };
  params: { audit_id: string; procedure_id: string; matrix_id: string; sample_id: string; attachment_id: string };
  xcom_push(key: string, value: unknown): void;
}

const task = require('./task.cjs') as { execute(context: TaskContext): Promise<Buffer> };

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const xcom = new Map<string, unknown>();
  const bytes = await task.execute({
    run_id: `manual__${new Date().toISOString()}`,
    conf: {
      api_url: process.env.WORKIVA_API_URL ?? env.baseUrl,
      client_id: process.env.WORKIVA_CLIENT_ID ?? '',
      client_secret: process.env.WORKIVA_CLIENT_SECRET ?? '',
    },
    params: {
      audit_id: env.ids.auditId,
      procedure_id: env.ids.procedureId,
      matrix_id: env.ids.matrixId,
      sample_id: env.ids.sampleId,
      attachment_id: env.ids.attachmentId,
    },
    xcom_push: (k, v) => xcom.set(k, v),
  });
  return new Uint8Array(bytes);
}
