// axios({ method, url, data, headers }).
import { exportSampleAttachmentAsAxiosResponse } from 'workiva-sunset';

export async function exportWithAxiosConfig(base: string, auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const response = await exportSampleAttachmentAsAxiosResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: base, token },
  );
  return response.headers['location'] as string;
}
