import { AttachmentExportGateway } from './attachment-export-gateway.js';
import type { SampleAttachmentDto } from './workiva-gateway.js';

type OperationBody = { id: string; status: string; resourceUrl?: string; resourceURL?: string };

const wait = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

function toDto(ids: Record<keyof SampleAttachmentDto, string>): SampleAttachmentDto {
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = ids;
  return { auditId, procedureId, matrixId, sampleId, attachmentId };
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const apiRoot = process.env['WORKIVA_API_URL'] || env.baseUrl;
  const gateway = new AttachmentExportGateway({ apiRoot, bearer: () => process.env['WORKIVA_TOKEN'] ?? env.token });
  const dto = toDto(env.ids);

  const accepted = await gateway.exportPdf(dto);
  let retryAfter = accepted.retryAfter;
  for (;;) {
    await wait(retryAfter);
    const { body, retryAfter: next } = await gateway.operation<OperationBody>(accepted.operationUrl);
    retryAfter = next;
    if (body.status === 'completed') {
      const url = body.resourceUrl ?? body.resourceURL;
      if (!url) throw new Error('no resourceUrl on completed operation');
      return gateway.bytes(url);
    }
    if (body.status === 'failed' || body.status === 'cancelled') throw new Error(`export ${body.id} ${body.status}`);
  }
}
