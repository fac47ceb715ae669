import ky from 'ky';

// Exports of other resources that happen to share the `/export` suffix.
export async function exportDocument(apiUrl: string, token: string, documentId: string): Promise<string | null> {
  const res = await ky.post(`${apiUrl}/platform/v1/documents/${documentId}/export`, {
    json: { format: 'pdf' },
    headers: { Authorization: `Bearer ${token}` },
  });
  return res.headers.get('Location');
}

export async function exportSpreadsheet(apiUrl: string, token: string, spreadsheetId: string, sheetId: string): Promise<string | null> {
  const res = await fetch(`${apiUrl}/platform/v1/spreadsheets/${spreadsheetId}/sheets/${sheetId}/export`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'xlsx' }),
  });
  return res.headers.get('Location');
}
