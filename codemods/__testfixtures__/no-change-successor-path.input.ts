// Already on the successor (2026-01-01): nothing to migrate.
export async function exportFromSuccessor(testFormId: string, testPhaseId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  return fetch(`https://api.app.wdesk.com/testForms/${testFormId}/testPhases/${testPhaseId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'X-Version': '2026-01-01' },
    body: JSON.stringify({ format: 'pdf' }),
  });
}
