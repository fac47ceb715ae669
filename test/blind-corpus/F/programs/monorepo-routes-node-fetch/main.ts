import { download, exportAttachment, getOperation, type ClientConfig } from './client.js';
import type { AttachmentScope } from './routes.js';

const TERMINAL = new Set(['completed', 'cancelled', 'failed']);

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  const cfg: ClientConfig = { apiUrl: env.baseUrl, token: env.token };
  const scope: AttachmentScope = { ...env.ids };

  const { operationUrl, retryAfterSeconds } = await exportAttachment(cfg, scope);
  let wait = retryAfterSeconds;
  let state = await (async () => {
    for (;;) {
      await new Promise((r) => setTimeout(r, wait * 1000));
      const { op, retryAfterSeconds: next } = await getOperation(cfg, operationUrl);
      if (TERMINAL.has(op.status)) return op;
      wait = next;
    }
  })();
  if (state.status !== 'completed') throw new Error(`attachment ${scope.attachmentId}: export ${state.status}`);
  return download(cfg, state.resourceUrl ?? state.resourceURL ?? '');
}
