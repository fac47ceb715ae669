import auditExports from './audit-exports.cjs';

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  return auditExports.exportPdf({ apiUrl: process.env.WORKIVA_API_URL ?? env.baseUrl, token: process.env.WORKIVA_TOKEN ?? env.token }, env.ids);
}
