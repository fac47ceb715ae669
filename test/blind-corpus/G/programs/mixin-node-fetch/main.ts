import { Exportable, Pollable } from './exportable.js';
import { SampleAttachmentResource } from './resources.js';

export class ExportableAttachment extends Pollable(Exportable(SampleAttachmentResource)) {}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
  const attachment = new ExportableAttachment({ apiRoot: env.baseUrl.replace(/\/$/, ''), token: env.token }, auditId, procedureId, matrixId, sampleId, attachmentId);
  const handle = await attachment.startExport();
  const op = await attachment.pollUntilDone(handle);
  if (op.status !== 'completed') throw new Error(`export ${op.status}`);
  const url = op.resourceUrl ?? op.resourceURL;
  if (!url) throw new Error('missing resourceUrl');
  return attachment.download(url);
}
