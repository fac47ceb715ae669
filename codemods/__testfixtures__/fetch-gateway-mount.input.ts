// A service behind the company's API gateway: the Workiva API is mounted under /workiva on it.
const GATEWAY_URL = process.env['GATEWAY_URL'] ?? 'https://gateway.internal.example.com';
const WORKIVA_MOUNT = `${GATEWAY_URL}/workiva`;

export async function startAttachmentExport(token: string, auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string): Promise<string | null> {
  const response = await fetch(`${WORKIVA_MOUNT}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  return response.headers.get('location');
}
