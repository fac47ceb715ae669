import { TenantExporter, type AttachmentRecord, type TenantSettings } from './tenant.js';

const sleep = (s: number) => new Promise((r) => setTimeout(r, s * 1000 + 50));

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const settings: TenantSettings = { tenant: 'acme-holdings', region: 'local', token: process.env.WORKIVA_TOKEN ?? env.token, exportUrlOverride: null };
  const exporter = new TenantExporter(settings);
  const record: AttachmentRecord = { ...env.ids };
  const { location, retryAfter } = await exporter.requestExport(record);
  let delay = retryAfter;
  for (;;) {
    await sleep(delay);
    const { body, retryAfter: next } = await exporter.operation(location);
    if (body.status === 'completed') return exporter.file(body.resourceUrl ?? body.resourceURL ?? '');
    if (body.status === 'failed' || body.status === 'cancelled') throw new Error(`export ${body.status}`);
    delay = next;
  }
}
