import { request } from 'undici';

/** Exports a platform file (spreadsheet/document) — a different operation from sample attachments. */
export async function exportPlatformFile(baseUrl: string, token: string, fileId: string, format: 'pdf' | 'xlsx'): Promise<string> {
  const res = await request(`${baseUrl}/prototype/platform/files/export`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ fileId, format }),
  });
  await res.body.dump();
  if (res.statusCode !== 202) throw new Error(`file export failed: ${res.statusCode}`);
  return String(res.headers['location']);
}
