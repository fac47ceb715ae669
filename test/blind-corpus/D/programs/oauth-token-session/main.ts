import { SampleAttachmentsClient } from './sample-attachments.js';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`missing environment variable ${name}`);
  return value;
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const client = new SampleAttachmentsClient({
    apiUrl: requiredEnv('WORKIVA_API_URL'),
    clientId: requiredEnv('WORKIVA_CLIENT_ID'),
    clientSecret: requiredEnv('WORKIVA_CLIENT_SECRET'),
  });
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
  return client.exportPdf({ auditId, procedureId, matrixId, sampleId, attachmentId });
}
