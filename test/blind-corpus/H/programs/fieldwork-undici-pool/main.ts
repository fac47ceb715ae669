import { PlatformPool } from './platform-pool.js';
import { exportSampleAttachment, type FieldworkSample } from './fieldwork.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const platform = new PlatformPool({ origin: env.baseUrl, token: env.token, connections: 2 });
  const sample: FieldworkSample = {
    engagement: { auditId: env.ids.auditId, procedureId: env.ids.procedureId },
    matrixId: env.ids.matrixId,
    sampleId: env.ids.sampleId,
    attachmentIds: [env.ids.attachmentId],
  };
  try {
    const [first] = sample.attachmentIds;
    if (!first) throw new Error('sample has no attachments');
    return await exportSampleAttachment(platform, sample, first);
  } finally {
    await platform.close();
  }
}
