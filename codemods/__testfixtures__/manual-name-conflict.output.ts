// The file already has its own function with the drop-in's name: importing the wrapper's would clash.
const WORKIVA_API_URL = 'https://api.app.wdesk.com';

function exportSampleAttachmentAsFetchResponse(path: string): string {
  return `${WORKIVA_API_URL}${path}`;
}

export async function exportWithClash(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  /* workiva-sunset: manual migration needed — `exportSampleAttachmentAsFetchResponse` is already declared in this file as something else; until then @workiva-sunset/safety-net routes it at run time */
  const response = await fetch(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ format: 'pdf' }),
  });
  return [response.status, exportSampleAttachmentAsFetchResponse('/x')];
}
