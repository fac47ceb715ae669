import { ReportBuilder, type EvidenceRef, type TenantContext } from './report-builder.js';

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array> {
  const ctx: TenantContext = { tenantId: 'brightline-cpa', apiUrl: env.baseUrl, accessToken: env.token, locale: 'en-GB', pinnedApiVersion: '2022-01-01' };
  const ref: EvidenceRef = { ...env.ids, caption: 'Revenue cut-off sample' };
  const [appendix] = (await new ReportBuilder(ctx).addAppendix(ref)).build();
  if (!appendix) throw new Error('appendix missing');
  return appendix.pdf;
}
