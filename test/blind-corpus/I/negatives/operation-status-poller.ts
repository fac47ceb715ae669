import { request } from 'undici';

// Generic operation poller: only GETs an operation URL handed to it; never starts an export itself.
export async function pollOperation(operationUrl: string, token: string): Promise<{ status: string; resourceUrl?: string; retryAfter: number }> {
  const { body, headers } = await request(operationUrl, { headers: { authorization: `Bearer ${token}` } });
  const json = (await body.json()) as { status: string; resourceUrl?: string };
  const ra = headers['retry-after'];
  return { ...json, retryAfter: Number(Array.isArray(ra) ? ra[0] : ra ?? 1) };
}

export async function downloadExport(resourceUrl: string, token: string): Promise<ArrayBuffer> {
  const { body } = await request(resourceUrl, { headers: { authorization: `Bearer ${token}`, accept: 'application/pdf' } });
  return body.arrayBuffer();
}
