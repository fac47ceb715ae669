import ky from 'ky';

/** GA 2022-01-01 variant under /platform/v1 (sunsets later than the prototype endpoints). */
export async function exportViaPlatformV1(
  baseUrl: string,
  token: string,
  p: { testFormId: string; testPhaseId: string; matrixId: string; sampleId: string; attachmentId: string },
): Promise<string | null> {
  const res = await ky.post(
    `platform/v1/testForms/${p.testFormId}/testPhases/${p.testPhaseId}/matrices/${p.matrixId}/samples/${p.sampleId}/attachments/${p.attachmentId}/export`,
    { prefixUrl: baseUrl, json: { format: 'pdf' }, headers: { authorization: `Bearer ${token}` } },
  );
  return res.headers.get('location');
}

export async function listTestPhases(baseUrl: string, token: string, testFormId: string): Promise<Array<{ id: string; name: string }>> {
  const body = await ky
    .get(`testForms/${testFormId}/testPhases`, { prefixUrl: baseUrl, searchParams: { $expand: 'matrices' }, headers: { authorization: `Bearer ${token}`, 'x-version': '2026-01-01' } })
    .json<{ data: Array<{ id: string; name: string }> }>();
  return body.data;
}
