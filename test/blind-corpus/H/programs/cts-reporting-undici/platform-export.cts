import undici = require('undici');

namespace PlatformExport {
  export interface Target {
    auditId: string;
    procedureId: string;
    matrixId: string;
    sampleId: string;
    attachmentId: string;
  }

  export interface Options {
    baseUrl: string;
    token: string;
    log?: (line: string) => void;
  }
}

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// undici's own fetch so that we can share the agent with the rest of the reporting service
const agent = new undici.Agent({ keepAliveTimeout: 5_000, connections: 8 });

function exportRequest(target: PlatformExport.Target, opts: PlatformExport.Options): { url: string; init: undici.RequestInit } {
  return {
    url: `${opts.baseUrl}/prototype/platform/audits/${target.auditId}/procedures/${target.procedureId}/matrices/${target.matrixId}/samples/${target.sampleId}/attachments/${target.attachmentId}/export`, // blind-corpus: path=cts-undici-1
    init: {
      method: 'POST',
      headers: { Authorization: `Bearer ${opts.token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ format: 'pdf' }),
      dispatcher: agent,
    },
  };
}

async function exportAttachmentPdf(target: PlatformExport.Target, opts: PlatformExport.Options): Promise<Buffer> {
  const log = opts.log ?? (() => undefined);
  const req = exportRequest(target, opts);
  const started = await undici.fetch(req.url, req.init); // blind-corpus: site=cts-undici-1
  if (started.status !== 202) throw new Error(`export failed with ${started.status}: ${await started.text()}`);
  const operationUrl = started.headers.get('location') as string;
  let delaySec = Number(started.headers.get('retry-after') ?? 1);
  log(`export queued at ${operationUrl}`);

  for (;;) {
    await wait(delaySec * 1000 + 50);
    const poll = await undici.fetch(operationUrl, { headers: { Authorization: `Bearer ${opts.token}` }, dispatcher: agent });
    delaySec = Number(poll.headers.get('retry-after') ?? delaySec);
    if (poll.status === 429 || poll.status === 503) continue;
    const { status, resourceUrl, id } = (await poll.json()) as { id: string; status: string; resourceUrl?: string };
    log(`operation ${id}: ${status}`);
    if (status === 'completed' && resourceUrl) {
      const file = await undici.fetch(resourceUrl, { headers: { Authorization: `Bearer ${opts.token}` }, dispatcher: agent });
      return Buffer.from(await file.arrayBuffer());
    }
    if (status === 'failed' || status === 'cancelled') throw new Error(`operation ${id} ${status}`);
  }
}

export = { exportAttachmentPdf };
