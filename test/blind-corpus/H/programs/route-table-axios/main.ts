import { ReportingPlatformClient, type OperationStatus, type SampleAttachmentParams } from './reporting-client.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const client = new ReportingPlatformClient(env.baseUrl, env.token);
  const params: SampleAttachmentParams = { ...env.ids };
  const { operationUrl, retryAfterSeconds } = await client.requestAttachmentExport(params);

  let wait = retryAfterSeconds;
  let op: OperationStatus;
  let attempts = 0;
  do {
    if (++attempts > 60) throw new Error(`gave up on ${operationUrl}`);
    await sleep(wait * 1000 + 20);
    const next = await client.getOperation(operationUrl);
    op = next.op;
    wait = next.retryAfterSeconds;
  } while (!['completed', 'failed', 'cancelled'].includes(op.status));

  const url = op.resourceUrl ?? op.resourceURL;
  if (op.status !== 'completed' || !url) throw new Error(`export ${op.id} is ${op.status}`);
  return client.download(url);
}
