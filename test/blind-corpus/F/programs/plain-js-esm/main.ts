import { createExporter } from './exporter.js';

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  const exporter = createExporter({ apiUrl: env.baseUrl, token: env.token, logger: console });
  return exporter.exportPdf({ ...env.ids }) as Promise<Uint8Array>;
}
