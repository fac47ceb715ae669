// Exports a whole file (not a sample attachment) through the files export endpoint.
export async function exportFile(apiUrl: string, token: string, fileId: string): Promise<string> {
  const res = await fetch(`${apiUrl}/prototype/platform/files/export`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ fileId, format: 'pdf' }),
  });
  if (res.status !== 202) throw new Error(`file export refused: ${res.status}`);
  return res.headers.get('Location') ?? '';
}
