import { DocumentCenterExports } from './document-center.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const exportsApi = new DocumentCenterExports({ apiUrl: env.baseUrl, token: env.token });
  const pending = await exportsApi.exportSampleAttachment(env.ids);
  return exportsApi.settle(pending);
}
