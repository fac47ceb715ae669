import platformExport from './platform-export.cjs';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const lines: string[] = [];
  const pdf = await platformExport.exportAttachmentPdf(
    { auditId: env.ids.auditId, procedureId: env.ids.procedureId, matrixId: env.ids.matrixId, sampleId: env.ids.sampleId, attachmentId: env.ids.attachmentId },
    { baseUrl: env.baseUrl, token: env.token, log: (l) => lines.push(l) },
  );
  return pdf;
}
