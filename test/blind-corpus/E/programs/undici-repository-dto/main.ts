import { setTimeout as sleep } from 'node:timers/promises';
import { SampleAttachmentDto } from './dto.js';
import { SampleAttachmentRepository } from './repository.js';

export async function run(env: { baseUrl: string; token: string; ids: Record<'auditId' | 'procedureId' | 'matrixId' | 'sampleId' | 'attachmentId', string> }): Promise<Uint8Array | ArrayBuffer> {
  const repo = new SampleAttachmentRepository(env.baseUrl.replace(/\/$/, ''), env.token);
  try {
    const dto = SampleAttachmentDto.fromRecord(env.ids);
    const { operationUrl, retryAfterSeconds } = await repo.requestPdfExport(dto);
    let wait = retryAfterSeconds;
    const deadline = Date.now() + 5 * 60_000;
    while (Date.now() < deadline) {
      await sleep(wait * 1000);
      const { operation, retryAfterSeconds: next } = await repo.findOperation(operationUrl);
      switch (operation.status) {
        case 'completed':
          return await repo.readFile(operation.resourceUrl ?? operation.resourceURL ?? '');
        case 'failed':
        case 'cancelled':
          throw new Error(`export of ${dto.fileName} ${operation.status}`);
        default:
          wait = next;
      }
    }
    throw new Error('export timed out');
  } finally {
    await repo.close();
  }
}
