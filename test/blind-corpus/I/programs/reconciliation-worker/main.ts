import { createWorkivaApi } from './api.js';
import { EvidenceReconciler, type ReconciliationItem } from './reconciler.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const api = createWorkivaApi(env.baseUrl.endsWith('/') ? env.baseUrl : `${env.baseUrl}/`, env.token);
  const quiet = { info: () => {}, warn: console.warn };
  const reconciler = new EvidenceReconciler(api, quiet);
  const item: ReconciliationItem = { ledgerEntryId: 'LE-2024-000187', evidence: env.ids };
  return reconciler.fetchEvidencePdf(item);
}
