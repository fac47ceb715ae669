import ky from 'ky';

// Migrated client: uses the test forms export that replaces the audits-based one.
export async function exportTestFormAttachment(
  apiUrl: string,
  token: string,
  ids: { testFormId: string; testPhaseId: string; matrixId: string; sampleId: string; attachmentId: string },
): Promise<string | null> {
  const res = await ky.post(
    `${apiUrl}/testForms/${ids.testFormId}/testPhases/${ids.testPhaseId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`,
    { headers: { Authorization: `Bearer ${token}`, 'X-Version': '2026-01-01' }, json: { format: 'pdf' } },
  );
  return res.headers.get('Location');
}
