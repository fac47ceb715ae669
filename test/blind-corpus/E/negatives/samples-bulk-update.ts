interface SampleUpdate {
  sampleId: string;
  fields: Record<string, string | number | boolean>;
}

export async function updateSamples(baseUrl: string, token: string, auditId: string, procedureId: string, matrixId: string, updates: SampleUpdate[]): Promise<void> {
  const res = await fetch(`${baseUrl}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/update`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ samples: updates }),
  });
  if (!res.ok) throw new Error(`sample update failed: ${res.status}`);
}
