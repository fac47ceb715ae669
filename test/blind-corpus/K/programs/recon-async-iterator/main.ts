import { watchOperation, type Operation } from './operations.js';

interface ReconTarget {
  ledgerAccount: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

async function clientCredentialsToken(apiUrl: string): Promise<string> {
  const res = await fetch(`${apiUrl}/iam/v1/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: process.env['WORKIVA_CLIENT_ID'] ?? '', client_secret: process.env['WORKIVA_CLIENT_SECRET'] ?? '' }),
  });
  if (!res.ok) throw new Error(`token request failed: ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

async function exportWithOneResubmit(apiUrl: string, token: string, target: ReconTarget): Promise<ArrayBuffer> {
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = target.ids;
  const endpoint = `${apiUrl}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`; // blind-corpus: path=recon-iter-1,recon-iter-2
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  const init = { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify({ format: 'pdf' }) };

  let accepted = await fetch(endpoint, init); // blind-corpus: site=recon-iter-1
  for (let attempt = 1; attempt <= 2; attempt++) {
    if (accepted.status !== 202) throw new Error(`${target.ledgerAccount}: export rejected with ${accepted.status}`);
    let last: Operation | undefined;
    for await (const op of watchOperation(accepted.headers.get('location')!, headers, Number(accepted.headers.get('retry-after') ?? '1'))) {
      console.log(`${target.ledgerAccount} ${op.id} ${op.status}`);
      last = op;
    }
    if (last?.status === 'completed') {
      const file = await fetch((last.resourceUrl ?? last.resourceURL)!, { headers: { Authorization: `Bearer ${token}` } });
      if (!file.ok) throw new Error(`download failed: ${file.status}`);
      return file.arrayBuffer();
    }
    if (attempt === 2) break;
    // transient renderer failures are common on large scans; resubmit once before paging compliance on-call
    console.warn(`${target.ledgerAccount}: export ${last?.status} (${last?.originalRequest}), resubmitting`);
    accepted = await fetch(endpoint, init); // blind-corpus: site=recon-iter-2
  }
  throw new Error(`${target.ledgerAccount}: export failed twice`);
}

export async function run(env: { baseUrl: string; token: string; ids: ReconTarget['ids'] }): Promise<ArrayBuffer> {
  const apiUrl = (process.env['WORKIVA_API_URL'] ?? env.baseUrl).replace(/\/$/, '');
  const token = await clientCredentialsToken(apiUrl);
  return exportWithOneResubmit(apiUrl, token, { ledgerAccount: '1410-prepaid', ids: env.ids });
}
