// Imports that only the export call read are removed: a specifier from a list that keeps others,
// a whole declaration when nothing is left of it; type imports still in use and other comments stay.
import axios from 'axios';
// eslint-disable-next-line import/extensions -- the paths module is shared with the browser bundle
import { PROTOTYPE_PREFIX, EXPORT_TEMPLATE } from './cleanup-unused-import.paths.js';
import { API_ROOT, AUDIT_TEMPLATE, type SampleRef } from './cleanup-unused-import.paths.js';

export function auditUrl(auditId: string): string {
  return API_ROOT + AUDIT_TEMPLATE.replace(':auditId', auditId);
}

export async function startExport(ref: SampleRef, token: string) {
  const response = await axios.post(
    API_ROOT +
      PROTOTYPE_PREFIX +
      EXPORT_TEMPLATE.replace(':auditId', ref.auditId)
        .replace(':procedureId', ref.procedureId)
        .replace(':matrixId', ref.matrixId)
        .replace(':sampleId', ref.sampleId)
        .replace(':attachmentId', ref.attachmentId),
    { format: 'pdf' },
    { headers: { Authorization: `Bearer ${token}` } },
  );
  return response.headers['location'] as string;
}
