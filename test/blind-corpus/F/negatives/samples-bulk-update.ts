// Pushes reviewer sign-offs back to Workiva in batches of 50.
import got from 'got';

export interface SampleUpdate {
  id: string;
  reviewed?: boolean;
  notes?: string;
}

export async function pushSampleUpdates(
  apiUrl: string,
  token: string,
  scope: { auditId: string; procedureId: string; matrixId: string },
  updates: SampleUpdate[],
): Promise<number> {
  let sent = 0;
  for (let i = 0; i < updates.length; i += 50) {
    const batch = updates.slice(i, i + 50);
    await got.post(`${apiUrl}/prototype/platform/audits/${scope.auditId}/procedures/${scope.procedureId}/matrices/${scope.matrixId}/samples/update`, {
      headers: { authorization: `Bearer ${token}` },
      json: { samples: batch },
    });
    sent += batch.length;
  }
  return sent;
}
