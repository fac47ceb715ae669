// Declarations that were already unused before the rewrite are the team's business and stay (the
// unused import specifier, const, helper and local); only `PROTOTYPE_AUDITS`, which the rewritten
// call alone read, is removed from its import.
import { PROTOTYPE_AUDITS, SAMPLE_ATTACHMENT_EXPORT } from './fetch-imported-constant.paths.js';

const BASE = 'https://api.app.wdesk.com';
const LEGACY_BASE = 'https://h.app.wdesk.com';

function legacyExportUrl(auditId: string): string {
  return `${LEGACY_BASE}/audits/${auditId}/export`;
}

export async function startExport(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const unusedTrace = `export ${auditId}`;
  const response = await fetch(`${BASE}${PROTOTYPE_AUDITS}/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ format: 'pdf' }),
  });
  return response.headers.get('location');
}
