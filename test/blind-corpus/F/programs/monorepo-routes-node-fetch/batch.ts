// Bulk re-export used by the quarterly archive job: submits several attachments, respecting 429s.
import fetch from 'node-fetch';
import { ensureOk, jsonHeaders, toAccepted, WorkivaRequestError, type Accepted, type ClientConfig } from './client.js';
import { workivaRoutes, type AttachmentScope } from './routes.js';

export async function submitAll(cfg: ClientConfig, scopes: AttachmentScope[], maxAttempts = 3): Promise<Map<string, Accepted>> {
  const accepted = new Map<string, Accepted>();
  for (const scope of scopes) {
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await fetch(cfg.apiUrl + workivaRoutes.exportSampleAttachment(scope), { // blind-corpus: site=monorepo-routes-2
          method: 'POST',
          headers: jsonHeaders(cfg),
          body: JSON.stringify({ format: 'pdf' }),
        });
        await ensureOk(res);
        accepted.set(scope.attachmentId, toAccepted(res));
        break;
      } catch (err) {
        if (err instanceof WorkivaRequestError && err.status === 429 && attempt < maxAttempts) {
          await new Promise((r) => setTimeout(r, (err.retryAfterSeconds ?? 5) * 1000));
          continue;
        }
        throw err;
      }
    }
  }
  return accepted;
}
