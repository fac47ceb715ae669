import { randomUUID } from 'node:crypto';
import { handler, type ExportEvent } from './handler.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const deadline = Date.now() + 60_000;
  const event: ExportEvent = { requestContext: { requestId: randomUUID() }, pathParameters: { ...env.ids }, queryStringParameters: { format: 'pdf' } };
  const result = await handler(event, { awsRequestId: randomUUID(), getRemainingTimeInMillis: () => deadline - Date.now() });
  if (result.statusCode !== 200 || !result.isBase64Encoded) throw new Error(`handler returned ${result.statusCode}: ${result.body}`);
  return new Uint8Array(Buffer.from(result.body, 'base64'));
}
