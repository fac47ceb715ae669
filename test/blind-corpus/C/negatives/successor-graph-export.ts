import axios from 'axios';

/** 2026-01-01 sample attachment export (successor of the prototype endpoint). */
export async function startGraphAttachmentExport(
  baseUrl: string,
  token: string,
  ids: { testFormId: string; testPhaseId: string; matrixId: string; sampleId: string; attachmentId: string },
): Promise<{ location: string; retryAfter: number }> {
  const res = await axios.post(
    `${baseUrl}/testForms/${ids.testFormId}/testPhases/${ids.testPhaseId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`,
    { format: 'pdf' },
    { headers: { Authorization: `Bearer ${token}`, 'X-Version': '2026-01-01' } },
  );
  return { location: String(res.headers['location']), retryAfter: Number(res.headers['retry-after'] ?? 1) };
}

/** GA 2022-01-01 variant, sunsets 2029. */
export async function startPlatformV1AttachmentExport(baseUrl: string, token: string, p: { testFormId: string; testPhaseId: string; matrixId: string; sampleId: string; attachmentId: string }) {
  return fetch(`${baseUrl}/platform/v1/testForms/${p.testFormId}/testPhases/${p.testPhaseId}/matrices/${p.matrixId}/samples/${p.sampleId}/attachments/${p.attachmentId}/export`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  });
}
