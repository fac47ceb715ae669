import { collect, requestExport, requestExportPrepared, type Ids } from './exports.js';

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<ArrayBuffer> {
  // The batch path exports a companion copy of the same sample's attachment; the interactive path is what we return.
  const companion: Ids = { ...env.ids, attachmentId: `${env.ids.attachmentId}-companion` };
  const [main, batch] = await Promise.all([
    requestExport(env.baseUrl, env.token, env.ids),
    requestExportPrepared(env.baseUrl, env.token, companion),
  ]);
  const [pdf] = await Promise.all([collect(env.token, main), collect(env.token, batch)]);
  return pdf;
}
