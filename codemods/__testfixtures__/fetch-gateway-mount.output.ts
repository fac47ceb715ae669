// A service behind the company's API gateway: the Workiva API is mounted under /workiva on it.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

const GATEWAY_URL = process.env['GATEWAY_URL'] ?? 'https://gateway.internal.example.com';

export async function startAttachmentExport(token: string, auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string): Promise<string | null> {
  const response = await exportSampleAttachmentAsFetchResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: `${GATEWAY_URL}/workiva`, token },
  );
  return response.headers.get('location');
}
