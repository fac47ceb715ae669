import { SampleAttachmentGateway, type AttachmentCoordinates } from './gateway.js';

async function waitUntil(epochMs: number): Promise<void> {
  const ms = epochMs - Date.now();
  if (ms > 0) await new Promise((r) => setTimeout(r, ms + 25));
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  const gateway = new SampleAttachmentGateway(env.baseUrl, env.token);
  const coordinates: AttachmentCoordinates = {
    audit: env.ids.auditId,
    procedure: env.ids.procedureId,
    matrix: env.ids.matrixId,
    sample: env.ids.sampleId,
    attachment: env.ids.attachmentId,
  };
  let handle = await gateway.beginExport(coordinates);
  for (let attempt = 0; attempt < 50; attempt++) {
    await waitUntil(handle.notBefore);
    const result = await gateway.check(handle);
    if (result.done) {
      if (!result.resourceUrl) throw new Error('completed without resourceUrl');
      return new Uint8Array(await gateway.fetchDocument(result.resourceUrl));
    }
    handle = result.handle;
  }
  throw new Error('export still running after 50 polls');
}
