import got from 'got';

interface SampleUpdate {
  sampleId: string;
  status: 'tested' | 'exception' | 'not-applicable';
  note?: string;
}

/** POST .../matrices/{matrixId}/samples/update: bulk status update, a sibling of the export endpoint. */
export async function updateSamples(baseUrl: string, token: string, auditId: string, procedureId: string, matrixId: string, updates: SampleUpdate[]): Promise<void> {
  const client = got.extend({
    prefixUrl: `${baseUrl}/prototype/platform/`,
    headers: { authorization: `Bearer ${token}` },
  });
  await client.post(`audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/update`, { json: { samples: updates } });
}

/** Platform-wide file export (not the sample attachment export). */
export async function exportFiles(baseUrl: string, token: string, fileIds: string[]): Promise<string | undefined> {
  const res = await got.post(`${baseUrl}/prototype/platform/files/export`, {
    headers: { authorization: `Bearer ${token}` },
    json: { files: fileIds, format: 'pdf' },
  });
  return res.headers.location;
}
