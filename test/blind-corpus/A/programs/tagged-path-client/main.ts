import { ApiError, WorkivaPlatformClient, type SampleAttachment } from './client.js';

const wait = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000 + 30));

async function pollUntilDone(client: WorkivaPlatformClient, location: string, retryAfter: number, attempt = 0): Promise<string> {
  if (attempt > 120) throw new Error(`gave up polling ${location}`);
  await wait(retryAfter);
  try {
    const { operation, retryAfter: next } = await client.getOperation(location);
    if (operation.status === 'completed') {
      const url = operation.resourceUrl ?? operation.resourceURL;
      if (!url) throw new Error('resourceUrl missing');
      return url;
    }
    if (operation.status === 'failed' || operation.status === 'cancelled') {
      throw new Error(`operation ${operation.id} ${operation.status}: ${JSON.stringify(operation.details)}`);
    }
    return pollUntilDone(client, location, next, attempt + 1);
  } catch (error) {
    if (error instanceof ApiError && error.status === 429) {
      return pollUntilDone(client, location, error.retryAfter ?? 5, attempt + 1);
    }
    throw error;
  }
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const client = new WorkivaPlatformClient(env.baseUrl.replace(/\/$/, ''), env.token);
  const attachment: SampleAttachment = { ...env.ids };
  const { location, retryAfter } = await client.startAttachmentExport(attachment);
  const resourceUrl = await pollUntilDone(client, location, retryAfter);
  return client.downloadResource(resourceUrl);
}
