import { SampleAttachmentGateway, type AttachmentRef } from './gateway.js';

export async function run(env: { baseUrl: string; token: string; ids: AttachmentRef }): Promise<ArrayBuffer> {
  const root = new URL(env.baseUrl.endsWith('/') ? env.baseUrl : env.baseUrl + '/');
  const gateway = new SampleAttachmentGateway(root, () => env.token);

  const pending = await gateway.requestExport(env.ids);
  let wait = pending.retryAfterSeconds;
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, wait * 1000 + 50));
    const snap = await gateway.readOperation(pending.pollUrl);
    if (snap.status === 'completed') return gateway.download(snap.resourceUrl ?? snap.resourceURL ?? '');
    if (snap.status === 'failed' || snap.status === 'cancelled') throw new Error(`export ${snap.status}`);
    wait = snap.retryAfterSeconds;
  }
  throw new Error('gave up polling export');
}
