// Exports one known attachment from the EU host (a literal URL).
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

export async function exportKnownAttachment(token: string): Promise<Response> {
  const response = await exportSampleAttachmentAsFetchResponse(
    {
      auditId: 'QXVkaXQ6MTIz',
      procedureId: 'UHJvY2VkdXJlOjQ1',
      matrixId: 'TWF0cml4Ojc4',
      sampleId: 'U2FtcGxlOjkw',
      attachmentId: 'QXR0YWNobWVudDox',
    },
    { baseUrl: 'https://api.eu.wdesk.com', token },
  );
  if (response.status !== 202) throw new Error(`export failed: ${response.status}`);
  return response;
}
