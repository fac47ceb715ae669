import { loadConfig } from './config.mjs';
import { exportAttachmentPdf, type AttachmentTarget } from './exporter.mjs';

export async function run(env: { baseUrl: string; token: string; ids: AttachmentTarget }): Promise<Uint8Array> {
  const config = loadConfig();
  const pdf = await exportAttachmentPdf(config, env.ids);
  return new Uint8Array(pdf);
}
