import { exportLink } from './exporter.mjs';
import { parseLink } from './links.mjs';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  // what a user would paste: `wk-export "https://app.wdesk.com/a/.../audits/.../attachments/..."`
  const i = env.ids;
  const pasted = `https://app.wdesk.com/a/QWNjb3VudA/audits/${i.auditId}/procedures/${i.procedureId}/matrices/${i.matrixId}/samples/${i.sampleId}/attachments/${i.attachmentId}?view=preview`;
  const link = parseLink(pasted);
  const apiUrl = process.env['WORKIVA_API_URL'] ?? env.baseUrl;
  const token = process.env['WORKIVA_TOKEN'] ?? env.token;
  const statuses: string[] = [];
  const pdf = await exportLink(link, { apiUrl, token, onProgress: (s) => statuses.push(s) });
  return new Uint8Array(pdf);
}
