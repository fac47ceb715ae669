import got from 'got';

// Pushes tester conclusions back into the matrix; a different POST on the same prefix.
export interface SampleUpdate {
  sampleId: string;
  conclusion: 'effective' | 'exception';
  note?: string;
}

export async function pushSampleUpdates(apiUrl: string, token: string, audit: string, procedure: string, matrix: string, updates: SampleUpdate[]): Promise<void> {
  await got.post(`${apiUrl}/prototype/platform/audits/${audit}/procedures/${procedure}/matrices/${matrix}/samples/update`, {
    headers: { authorization: `Bearer ${token}` },
    json: { samples: updates },
  });
}
