import got from 'got';

/** Bulk file export (different endpoint; it is not the sample attachment export). */
export async function exportFiles(apiUrl: string, token: string, fileIds: string[]): Promise<string | undefined> {
  const res = await got.post(`${apiUrl}/prototype/platform/files/export`, {
    headers: { authorization: `Bearer ${token}` },
    json: { fileIds, format: 'pdf' },
  });
  return res.headers.location;
}
