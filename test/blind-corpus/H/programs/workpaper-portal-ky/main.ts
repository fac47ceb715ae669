import { TokenStore } from './token-store.js';
import { platformKy } from './api.js';
import { exportWorkpaperAttachment } from './workpaper-export.js';

const apiUrl = process.env.WORKIVA_API_URL ?? 'http://localhost:8080';
const tokens = new TokenStore(apiUrl, process.env.WORKIVA_CLIENT_ID ?? '', process.env.WORKIVA_CLIENT_SECRET ?? '');
const http = platformKy(tokens);

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  return exportWorkpaperAttachment(http, apiUrl, { ids: env.ids, requestedBy: 'portal-sync' });
}
