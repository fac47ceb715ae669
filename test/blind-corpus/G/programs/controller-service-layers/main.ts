import { AttachmentsController, type ExportAttachmentCommand } from './attachments-controller.js';
import { ExportService } from './export-service.js';
import { HttpClient } from './http-client.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const http = new HttpClient(process.env['WORKIVA_API_URL'] ?? env.baseUrl, () => env.token);
  const controller = new AttachmentsController(new ExportService(http));
  const command: ExportAttachmentCommand = {
    audit: { id: env.ids.auditId },
    procedure: { id: env.ids.procedureId },
    matrix: { id: env.ids.matrixId },
    sample: { id: env.ids.sampleId },
    attachment: { id: env.ids.attachmentId },
    format: 'pdf',
  };
  const reply = await controller.exportAttachment(command);
  return reply.body;
}
