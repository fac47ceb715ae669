// Lambda consuming the "attachment-export-requested" SQS queue.
export interface SqsRecord {
  messageId: string;
  body: string;
}

export interface SqsEvent {
  Records: SqsRecord[];
}

export interface ExportRequestedMessage {
  version: 1;
  attachment: { audit: string; procedure: string; matrix: string; sample: string; id: string };
  format: 'pdf';
}

export interface HandlerDeps {
  apiUrl: string;
  token: string;
  store: (key: string, bytes: Uint8Array) => Promise<void>;
}

const TIMEOUT_MS = 25_000;

async function waitForOperation(location: string, retryAfter: number, token: string): Promise<{ status: string; resourceUrl?: string }> {
  await new Promise((r) => setTimeout(r, retryAfter * 1000 + 100));
  const res = await fetch(location, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const next = Number(res.headers.get('retry-after') ?? retryAfter);
  if (res.status === 429) return waitForOperation(location, next, token);
  const body = (await res.json()) as { status: string; resourceUrl?: string };
  return ['completed', 'failed', 'cancelled'].includes(body.status) ? body : waitForOperation(location, next, token);
}

export function createHandler(deps: HandlerDeps) {
  return async (event: SqsEvent): Promise<{ batchItemFailures: { itemIdentifier: string }[] }> => {
    const failures: { itemIdentifier: string }[] = [];
    for (const record of event.Records) {
      try {
        const msg = JSON.parse(record.body) as ExportRequestedMessage;
        const a = msg.attachment;
        const res = await fetch( // blind-corpus: site=lambda-fetch-1
          `${deps.apiUrl}/prototype/platform/audits/${a.audit}/procedures/${a.procedure}/matrices/${a.matrix}/samples/${a.sample}/attachments/${a.id}/export`, // blind-corpus: path=lambda-fetch-1
          {
            method: 'POST',
            headers: { authorization: `Bearer ${deps.token}`, 'content-type': 'application/json', 'x-version': '2022-01-01' },
            body: JSON.stringify({ format: msg.format }),
            signal: AbortSignal.timeout(TIMEOUT_MS),
          },
        );
        if (res.status !== 202) throw new Error(`export request failed: ${res.status}`);
        const op = await waitForOperation(res.headers.get('location')!, Number(res.headers.get('retry-after') ?? 1), deps.token);
        if (op.status !== 'completed' || !op.resourceUrl) throw new Error(`operation ended ${op.status}`);
        const pdf = await fetch(op.resourceUrl, { headers: { authorization: `Bearer ${deps.token}` } });
        await deps.store(`exports/${a.audit}/${a.id}.pdf`, new Uint8Array(await pdf.arrayBuffer()));
      } catch (err) {
        console.error(JSON.stringify({ level: 'error', messageId: record.messageId, error: String(err) }));
        failures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures: failures };
  };
}
