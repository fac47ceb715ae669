import ky from 'ky';

/** Workspace file exports (not sample attachments). */
export function exportFiles(apiUrl: string, token: string, fileIds: string[]) {
  return ky.post(`${apiUrl}/prototype/platform/files/export`, { headers: { Authorization: `Bearer ${token}` }, json: { fileIds, format: 'pdf' } });
}

export function exportFile(apiUrl: string, token: string, fileId: string) {
  return ky.post(`${apiUrl}/prototype/platform/files/${encodeURIComponent(fileId)}/export`, { headers: { Authorization: `Bearer ${token}` }, json: { format: 'pdf' } });
}
