// The path prefix is an imported constant from a sibling module.
import { WORKIVA_API_URL } from './fetch-imported-constant.paths.js';
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

export async function exportWithImportedPrefix(a: string, p: string, m: string, s: string, att: string, token: string) {
  return exportSampleAttachmentAsFetchResponse(
    { auditId: a, procedureId: p, matrixId: m, sampleId: s, attachmentId: att },
    { baseUrl: WORKIVA_API_URL, token },
  );
}
