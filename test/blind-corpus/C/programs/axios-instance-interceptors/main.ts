import { loadConfig } from './config.js';
import { createWorkivaHttp } from './http.js';
import { AttachmentExportService } from './export-service.js';
import type { AttachmentKey } from './routes.js';

export async function run(env: { baseUrl: string; token: string; ids: AttachmentKey }): Promise<Buffer> {
  const config = loadConfig();
  const service = new AttachmentExportService(createWorkivaHttp(config), (m) => process.env['DEBUG'] && console.debug(m));
  return service.exportPdf(env.ids);
}
