import { setTimeout as sleep } from 'node:timers/promises';
import { AttachmentExports, type AttachmentKey } from './attachments.js';
import { TokenSource } from './token.js';

function apiBaseFromEnvironment(): URL {
  const raw = process.env.WORKIVA_API_URL;
  if (!raw) throw new Error('WORKIVA_API_URL is not set');
  return new URL(raw.endsWith('/') ? raw : `${raw}/`);
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const apiBase = apiBaseFromEnvironment();
  const tokens = new TokenSource(apiBase, process.env.WORKIVA_CLIENT_ID ?? '', process.env.WORKIVA_CLIENT_SECRET ?? '');
  const exportsApi = new AttachmentExports(apiBase, tokens);
  const key: AttachmentKey = {
    auditId: env.ids.auditId,
    procedureId: env.ids.procedureId,
    matrixId: env.ids.matrixId,
    sampleId: env.ids.sampleId,
    attachmentId: env.ids.attachmentId,
  };

  const { operationUrl, retryAfterMs } = await exportsApi.start(key);
  let wait = retryAfterMs;
  const deadline = Date.now() + 5 * 60_000;
  while (Date.now() < deadline) {
    await sleep(wait + 20);
    const { state, retryAfterMs: next } = await exportsApi.check(operationUrl);
    switch (state.status) {
      case 'completed': {
        const url = state.resourceUrl ?? state.resourceURL;
        if (!url) throw new Error('completed operation without resourceUrl');
        return exportsApi.download(url);
      }
      case 'failed':
      case 'cancelled':
        throw new Error(`export ${state.id} ${state.status}`);
      default:
        wait = next;
    }
  }
  throw new Error('export did not finish within five minutes');
}
