// The path prefix is an imported constant from a sibling module.
import { WORKIVA_API_URL, PROTOTYPE_AUDITS } from './fetch-imported-constant.paths.js';

export async function exportWithImportedPrefix(a: string, p: string, m: string, s: string, att: string, token: string) {
  return fetch(`${WORKIVA_API_URL}${PROTOTYPE_AUDITS}/${a}/procedures/${p}/matrices/${m}/samples/${s}/attachments/${att}/export`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ format: 'pdf' }),
  });
}
