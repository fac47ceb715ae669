// Ids computed where the call cannot refer to them: a route table builds the path from a reference
// object, and the headers come from a helper. Routing reads both at run time.
interface SampleAttachmentRef {
  readonly auditId: string;
  readonly procedureId: string;
  readonly matrixId: string;
  readonly sampleId: string;
  readonly attachmentId: string;
}

const endpoints = {
  sampleExport: (r: SampleAttachmentRef) =>
    `/prototype/platform/audits/${r.auditId}/procedures/${r.procedureId}/matrices/${r.matrixId}/samples/${r.sampleId}/attachments/${r.attachmentId}/export`,
};

async function authHeaders(): Promise<Record<string, string>> {
  return { Authorization: `Bearer ${process.env['WORKIVA_TOKEN'] ?? ''}`, 'Content-Type': 'application/json' };
}

export async function startExport(apiRoot: string, ref: SampleAttachmentRef): Promise<string | null> {
  const response = await fetch(`${apiRoot}${endpoints.sampleExport(ref)}`, { method: 'POST', headers: await authHeaders(), body: JSON.stringify({ format: 'pdf' }) });
  return response.headers.get('location');
}
