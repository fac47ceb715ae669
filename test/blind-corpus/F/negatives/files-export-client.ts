// Workspace file export (spreadsheets/documents) — a different API from sample attachments.
export interface FileExportRequest {
  fileId: string;
  format: 'pdf' | 'xlsx' | 'docx';
}

export async function exportWorkspaceFile(baseUrl: string, token: string, req: FileExportRequest): Promise<string> {
  const res = await fetch(`${baseUrl}/prototype/platform/files/export`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(req),
  });
  if (res.status !== 202) throw new Error(`file export failed: ${res.status}`);
  return res.headers.get('Location') ?? '';
}
