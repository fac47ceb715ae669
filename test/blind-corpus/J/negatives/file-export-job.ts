// Exports whole documents (files/export), a different prototype endpoint.
import ky from 'ky';

export async function exportFile(baseUrl: string, token: string, fileId: string): Promise<string> {
  const res = await ky.post(`${baseUrl}/prototype/platform/files/export`, {
    headers: { Authorization: `Bearer ${token}` },
    json: { fileId, format: 'pdf' },
  });
  return res.headers.get('Location') ?? '';
}

export async function exportFileById(baseUrl: string, token: string, fileId: string): Promise<string> {
  const res = await ky.post(`${baseUrl}/prototype/platform/files/${encodeURIComponent(fileId)}/export`, {
    headers: { Authorization: `Bearer ${token}` },
    json: { format: 'docx' },
  });
  return res.headers.get('Location') ?? '';
}
