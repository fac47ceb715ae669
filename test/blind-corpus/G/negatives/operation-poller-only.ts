import superagent from 'superagent';

export interface OperationStatus {
  id: string;
  status: string;
  resourceUrl?: string;
  originalRequest?: { method: string; url: string };
}

/** Polls operations started elsewhere; reports which original request they belong to. */
export async function describeOperation(location: string, token: string): Promise<string> {
  const res = await superagent.get(location).set('Authorization', `Bearer ${token}`);
  const op = res.body as OperationStatus;
  const origin = op.originalRequest?.url ?? 'unknown';
  const kind = origin.endsWith('/export') ? 'attachment export' : 'other';
  return `${op.id}: ${op.status} (${kind})`;
}

export async function downloadFinished(op: OperationStatus, token: string): Promise<Buffer | undefined> {
  if (op.status !== 'completed' || !op.resourceUrl) return undefined;
  const res = await superagent.get(op.resourceUrl).set('Authorization', `Bearer ${token}`).buffer(true);
  return res.body as Buffer;
}
