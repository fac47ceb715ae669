import { loadConnectors, type AttachmentTarget } from './loader.js';

export async function run(env: { baseUrl: string; token: string; ids: AttachmentTarget }): Promise<Uint8Array> {
  const connectors = loadConnectors({ baseUrl: env.baseUrl, token: env.token });
  const workiva = connectors.get('workiva');
  if (!workiva?.capabilities.includes('attachments:export')) throw new Error('workiva connector not available');
  const target: AttachmentTarget = {
    auditId: env.ids.auditId,
    procedureId: env.ids.procedureId,
    matrixId: env.ids.matrixId,
    sampleId: env.ids.sampleId,
    attachmentId: env.ids.attachmentId,
  };
  return workiva.exportAttachment(target);
}
