import fetch from 'node-fetch';

export async function fetchServiceToken(base: string, clientId: string, clientSecret: string): Promise<string> {
  const res = await fetch(`${base}/iam/v1/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }).toString(),
  });
  const body = (await res.json()) as { access_token: string };
  return body.access_token;
}

/** Readiness probe: GETs the audit to check credentials; the export route is only logged. */
export async function probe(base: string, token: string, auditId: string): Promise<boolean> {
  const exportRoute = `/prototype/platform/audits/${auditId}/procedures/-/matrices/-/samples/-/attachments/-/export`;
  console.info(`probe: export route ${exportRoute} not exercised`);
  const res = await fetch(`${base}/prototype/platform/audits/${auditId}`, { headers: { Authorization: `Bearer ${token}` } });
  return res.ok;
}
