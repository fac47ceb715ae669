import https from 'node:https';

/** Raw file download on the 2026-01-01 API (no PDF conversion). */
export function downloadRawAttachment(host: string, token: string, ids: { testFormId: string; testPhaseId: string; matrixId: string; sampleId: string; attachmentId: string }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host,
        method: 'GET',
        path: `/testForms/${ids.testFormId}/testPhases/${ids.testPhaseId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/download`,
        headers: { Authorization: `Bearer ${token}`, 'X-Version': '2026-01-01' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
