import { once } from 'node:events';
import { ExportJob } from './export-job.mjs';

const TENANT_BRAND: Record<string, { label: string }> = {
  'summit-audit': { label: 'Summit Audit Partners' },
};

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<ArrayBuffer> {
  const tenantKey = 'summit-audit';
  const job = new ExportJob({
    tenantKey,
    apiBase: env.baseUrl,
    bearer: env.token,
    sample: { audit: env.ids.auditId, procedure: env.ids.procedureId, matrix: env.ids.matrixId, sample: env.ids.sampleId, attachment: env.ids.attachmentId },
  });
  job.on('accepted', (url) => console.log(`[${TENANT_BRAND[tenantKey]?.label}] export accepted: ${url}`));
  job.on('progress', (s) => console.log(`[${tenantKey}] ${s}`));
  const [pdf] = (await once(job.start(), 'done')) as [ArrayBuffer];
  return pdf;
}
