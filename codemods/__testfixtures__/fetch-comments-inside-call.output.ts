// Comments inside the replaced call are kept, on their own lines before the statement.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

export async function exportKnownAttachment(token: string): Promise<Response> {
  /* keep me */
  // trailing
  // only PDF exists
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
  return response;
}
