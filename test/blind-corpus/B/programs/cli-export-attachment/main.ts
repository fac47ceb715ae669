#!/usr/bin/env node
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseCli, type CliOptions } from './args.js';

const log = (opts: CliOptions, ...args: unknown[]) => {
  if (opts.verbose) console.error('[export-attachment]', ...args);
};

async function exportAttachment(opts: CliOptions): Promise<Uint8Array> {
  const url = new URL(
    `prototype/platform/audits/${opts.audit}/procedures/${opts.procedure}/matrices/${opts.matrix}/samples/${opts.sample}/attachments/${opts.attachment}/export`, // blind-corpus: path=cli-request-1
    opts.apiUrl.endsWith('/') ? opts.apiUrl : opts.apiUrl + '/',
  );
  const request = new Request(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${opts.token}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  log(opts, request.method, request.url);
  const started = await fetch(request); // blind-corpus: site=cli-request-1
  if (started.status !== 202) {
    const err = (await started.json().catch(() => null)) as { code?: string; message?: string } | null;
    throw new Error(`export failed (${started.status}): ${err?.message ?? started.statusText}`);
  }

  const operationUrl = started.headers.get('location')!;
  let retryAfter = Number(started.headers.get('retry-after')) || 1;
  let resource: string | undefined;
  while (!resource) {
    log(opts, `waiting ${retryAfter}s`);
    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 50));
    const poll = await fetch(operationUrl, { headers: { authorization: `Bearer ${opts.token}` } });
    const op = (await poll.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
    log(opts, 'status', op.status);
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
    if (op.status === 'completed') resource = op.resourceUrl ?? op.resourceURL;
    retryAfter = Number(poll.headers.get('retry-after')) || 1;
  }
  const file = await fetch(resource, { headers: { authorization: `Bearer ${opts.token}`, accept: 'application/pdf' } });
  return new Uint8Array(await file.arrayBuffer());
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const opts = parseCli([
    '--api-url', env.baseUrl,
    '--audit', env.ids.auditId,
    '--procedure', env.ids.procedureId,
    '--matrix', env.ids.matrixId,
    '--sample', env.ids.sampleId,
    '--attachment', env.ids.attachmentId,
  ]);
  return exportAttachment(opts);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const opts = parseCli(process.argv.slice(2));
  exportAttachment(opts)
    .then(async (pdf) => {
      if (opts.out) await writeFile(opts.out, pdf);
      else process.stdout.write(pdf);
    })
    .catch((err: Error) => {
      console.error(err.message);
      process.exitCode = 1;
    });
}
