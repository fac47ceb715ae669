import { AuditedExportGateway, type AttachmentLocator, type OperationState } from './gateway.js';
import { AxiosTransport } from './transport.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const transport = new AxiosTransport(env.baseUrl, async () => env.token);
  const gateway = new AuditedExportGateway(transport, 'evidence-sync');
  const locator: AttachmentLocator = {
    audits: env.ids.auditId,
    procedures: env.ids.procedureId,
    matrices: env.ids.matrixId,
    samples: env.ids.sampleId,
    attachments: env.ids.attachmentId,
  };
  const started = await gateway.start(locator);
  let last: OperationState | undefined;
  for await (const state of gateway.watch(started)) last = state;
  if (!last || last.status !== 'completed') throw new Error(`export ended as ${last?.status ?? 'unknown'}`);
  return gateway.fetchResource(last.resourceUrl ?? last.resourceURL ?? '');
}
