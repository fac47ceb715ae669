import got from 'got';
import { EventEmitter, once } from 'node:events';

// Nightly scheduled function: re-exports evidence that auditors flagged during the day.
interface FlaggedEvidence {
  flagId: number;
  path: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

interface OperationPayload {
  id: string;
  status: string;
  resourceUrl?: string;
}

const config = {
  apiUrl: process.env.WORKIVA_API_URL ?? '',
  clientId: process.env.WORKIVA_CLIENT_ID ?? '',
  clientSecret: process.env.WORKIVA_CLIENT_SECRET ?? '',
};

async function fetchAccessToken(): Promise<string> {
  const { access_token } = await got
    .post(`${config.apiUrl}/iam/v1/oauth2/token`, {
      form: { grant_type: 'client_credentials', client_id: config.clientId, client_secret: config.clientSecret },
    })
    .json<{ access_token: string; expires_in: number; token_type: string }>();
  return access_token;
}

/** Emits 'done' with the final operation; schedules each poll with a timer honouring Retry-After. */
function trackOperation(url: string, token: string, firstDelaySec: number): EventEmitter {
  const events = new EventEmitter();
  const tick = (delaySec: number) => {
    setTimeout(async () => {
      try {
        const res = await got.get(url, { headers: { authorization: `Bearer ${token}` }, responseType: 'json' });
        const body = res.body as OperationPayload;
        events.emit('status', body.status);
        if (['completed', 'failed', 'cancelled'].includes(body.status)) events.emit('done', body);
        else tick(Number(res.headers['retry-after'] ?? delaySec));
      } catch (err) {
        events.emit('error', err);
      }
    }, delaySec * 1000);
  };
  tick(firstDelaySec);
  return events;
}

export async function reexport(item: FlaggedEvidence): Promise<Buffer> {
  const token = await fetchAccessToken();
  const p = item.path;
  const response = await got.post(`${config.apiUrl}/prototype/platform/audits/${p.auditId}/procedures/${p.procedureId}/matrices/${p.matrixId}/samples/${p.sampleId}/attachments/${p.attachmentId}/export`, { // blind-corpus: site=cron-got-1
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    json: { format: 'pdf' },
  });
  const tracker = trackOperation(response.headers.location!, token, Number(response.headers['retry-after'] ?? 1));
  const [final] = (await once(tracker, 'done')) as [OperationPayload];
  if (final.status !== 'completed' || !final.resourceUrl) throw new Error(`flag ${item.flagId}: export ${final.status}`);
  return got.get(final.resourceUrl, { headers: { authorization: `Bearer ${token}` } }).buffer();
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const flagged: FlaggedEvidence[] = [{ flagId: 9913, path: env.ids }];
  const results = await Promise.all(flagged.map(reexport));
  return results[0] ?? new Uint8Array();
}
