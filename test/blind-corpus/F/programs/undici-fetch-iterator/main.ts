import { Agent, fetch, Headers } from 'undici';

const dispatcher = new Agent({ keepAliveTimeout: 10_000, connections: 8 });

export interface AttachmentExportCommand {
  tenant: string;
  target: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
  format: 'pdf';
}

interface OperationSnapshot {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  resourceURL?: string;
  updated: string;
}

class OperationWatcher implements AsyncIterable<OperationSnapshot> {
  constructor(
    private readonly url: string,
    private readonly headers: Headers,
    private readonly initialDelaySeconds: number,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<OperationSnapshot> {
    let delay = this.initialDelaySeconds;
    for (;;) {
      await new Promise((r) => setTimeout(r, delay * 1000));
      const res = await fetch(this.url, { headers: this.headers, dispatcher });
      if (!res.ok) throw new Error(`operation ${this.url} answered ${res.status}`);
      const snapshot = (await res.json()) as OperationSnapshot;
      yield snapshot;
      if (snapshot.status === 'completed' || snapshot.status === 'failed' || snapshot.status === 'cancelled') return;
      delay = Number(res.headers.get('retry-after') ?? '1');
    }
  }
}

export async function handleExportCommand(apiUrl: string, token: string, cmd: AttachmentExportCommand): Promise<ArrayBuffer> {
  const headers = new Headers({ authorization: `Bearer ${token}`, accept: 'application/json' });
  const t = cmd.target;
  const endpoint = `${apiUrl}/prototype/platform/audits/${t.auditId}/procedures/${t.procedureId}/matrices/${t.matrixId}/samples/${t.sampleId}/attachments/${t.attachmentId}/export`; // blind-corpus: path=undici-fetch-1

  const postHeaders = new Headers(headers);
  postHeaders.set('content-type', 'application/json');
  const accepted = await fetch(endpoint, { method: 'POST', headers: postHeaders, body: JSON.stringify({ format: cmd.format }), dispatcher }); // blind-corpus: site=undici-fetch-1
  if (accepted.status !== 202) {
    throw new Error(`[${cmd.tenant}] export refused: ${accepted.status} ${await accepted.text()}`);
  }

  let final: OperationSnapshot | undefined;
  for await (const snapshot of new OperationWatcher(accepted.headers.get('location')!, headers, Number(accepted.headers.get('retry-after') ?? '1'))) {
    final = snapshot;
  }
  if (!final || final.status !== 'completed') throw new Error(`[${cmd.tenant}] export did not complete`);
  const pdf = await fetch(final.resourceUrl ?? final.resourceURL!, { headers, dispatcher });
  return pdf.arrayBuffer();
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  return handleExportCommand(env.baseUrl, env.token, { tenant: 'acme-emea', target: env.ids, format: 'pdf' });
}
