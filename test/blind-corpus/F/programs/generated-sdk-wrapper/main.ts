import { SampleAttachmentExporter } from './exports-facade.js';

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  const exporter = new SampleAttachmentExporter({ basePath: env.baseUrl, accessToken: () => env.token, headers: { 'User-Agent': 'controls-portal-bff' } });
  return exporter.exportPdf(env.ids);
}
