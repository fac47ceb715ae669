'use client';
// Browser code (a client component's data hook): withExportRouting runs in Node only, so the call is
// marked rather than routed; the export belongs on the server.
export async function startExportFromBrowser(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, headers: HeadersInit) {
  const response = await fetch(`/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ format: 'pdf' }),
  });
  return response.headers.get('location');
}
