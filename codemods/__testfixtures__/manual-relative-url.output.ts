// A relative URL (browser code behind a proxy): the API root is not known at the call.
export async function exportFromBrowser(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string) {
  /* workiva-sunset: manual migration needed — the URL is relative, so the API root it is sent to is not known here; until then @workiva-sunset/safety-net routes it at run time */
  const response = await fetch(`/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  return response.headers.get('location');
}
