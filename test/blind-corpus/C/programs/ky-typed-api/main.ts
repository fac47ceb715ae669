import { createApi, type AttachmentPath } from './api.js';

const wait = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.ceil(seconds * 1000) + 30));

export async function run(env: { baseUrl: string; token: string; ids: AttachmentPath }): Promise<ArrayBuffer> {
  const api = createApi(env.baseUrl, env.token);
  const accepted = await api.samples.attachments.export(env.ids);

  let delaySeconds = accepted.retryAfterSeconds;
  const deadline = Date.now() + 5 * 60_000;
  while (Date.now() < deadline) {
    await wait(delaySeconds);
    const { operation, retryAfterSeconds } = await api.operations.get(accepted.operationUrl);
    switch (operation.status) {
      case 'completed': {
        const url = operation.resourceUrl ?? operation.resourceURL;
        if (!url) throw new Error(`operation ${operation.id}: no resource`);
        return api.files.download(url);
      }
      case 'failed':
      case 'cancelled':
        throw new Error(`operation ${operation.id} ${operation.status}`);
      default:
        delaySeconds = retryAfterSeconds;
    }
  }
  throw new Error('timed out waiting for attachment export');
}
