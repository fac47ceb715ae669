// A redux-saga style generator: the call holds a `yield`, which cannot move into a routed arrow function.
const WORKIVA_API_URL = 'https://api.app.wdesk.com';

function* authHeaders(token: string): Generator<unknown, Record<string, string>, unknown> {
  return { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
}

export function* exportSaga(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string): Generator<unknown, number, any> {
  const response: Response = yield fetch(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
    method: 'POST',
    headers: yield* authHeaders(token),
    body: JSON.stringify({ format: 'pdf' }),
  });
  return response.status;
}
