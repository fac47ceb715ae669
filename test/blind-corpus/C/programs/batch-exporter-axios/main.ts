import { BatchAttachmentExporter, type AttachmentRecord } from './batch.js';

export async function run(env: { baseUrl: string; token: string; ids: AttachmentRecord }): Promise<Buffer> {
  const exporter = new BatchAttachmentExporter(env.baseUrl, env.token, 2);
  const [result] = await exporter.exportAll([env.ids]);
  if (!result?.pdf) throw new Error(result?.error ?? 'no result');
  return result.pdf;
}
