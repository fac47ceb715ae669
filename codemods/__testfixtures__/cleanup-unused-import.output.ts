// Imports that only the export call read are removed: a specifier from a list that keeps others,
// a whole declaration when nothing is left of it; type imports still in use and other comments stay.
import { API_ROOT, AUDIT_TEMPLATE, type SampleRef } from './cleanup-unused-import.paths.js';
import { exportSampleAttachmentAsAxiosResponse } from 'workiva-sunset';

export function auditUrl(auditId: string): string {
  return API_ROOT + AUDIT_TEMPLATE.replace(':auditId', auditId);
}

export async function startExport(ref: SampleRef, token: string) {
  const response = await exportSampleAttachmentAsAxiosResponse(
    {
      auditId: ref.auditId,
      procedureId: ref.procedureId,
      matrixId: ref.matrixId,
      sampleId: ref.sampleId,
      attachmentId: ref.attachmentId,
    },
    { baseUrl: API_ROOT, token },
  );
  return response.headers['location'] as string;
}
