import type { ExportService } from './export-service.js';

export interface ExportAttachmentCommand {
  audit: { id: string };
  procedure: { id: string };
  matrix: { id: string };
  sample: { id: string };
  attachment: { id: string };
  format: 'pdf';
}

export interface ControllerReply<T> {
  status: number;
  body: T;
}

export class AttachmentsController {
  constructor(private readonly exports: ExportService) {}

  async exportAttachment(cmd: ExportAttachmentCommand): Promise<ControllerReply<ArrayBuffer>> {
    const resourcePath = [
      `/prototype/platform/audits/${cmd.audit.id}/procedures/${cmd.procedure.id}`,
      `matrices/${cmd.matrix.id}/samples/${cmd.sample.id}/attachments/${cmd.attachment.id}/export`, // blind-corpus: path=controller-layers-1
    ].join('/');
    const pending = await this.exports.begin(resourcePath, { format: cmd.format }); // blind-corpus: site=controller-layers-1
    const op = await this.exports.settle(pending);
    return { status: 200, body: await this.exports.collect(op) };
  }
}
