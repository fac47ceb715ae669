#!/usr/bin/env -S npx tsx
/**
 * One-off script: export a sample attachment as PDF.
 *   WORKIVA_API_URL=... WORKIVA_TOKEN=... npx tsx export-attachment.ts <audit> <procedure> <matrix> <sample> <attachment> [out.pdf]
 */
import fetch, { Request, Headers } from 'node-fetch';
import { writeFile } from 'node:fs/promises';

export interface ExportArgs {
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

const sleep = (s: number) => new Promise((r) => setTimeout(r, s * 1000));

export async function exportAttachment(args: ExportArgs, apiUrl = process.env.WORKIVA_API_URL, token = process.env.WORKIVA_TOKEN): Promise<Buffer> {
  if (!apiUrl || !token) throw new Error('WORKIVA_API_URL and WORKIVA_TOKEN must be set');
  const auth = new Headers({ Authorization: `Bearer ${token}` });

  const url = new URL(
    `prototype/platform/audits/${args.audit}/procedures/${args.procedure}/matrices/${args.matrix}/samples/${args.sample}/attachments/${args.attachment}/export`, // blind-corpus: path=evidence-node-fetch-1
    apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`,
  );
  const req = new Request(url.href, {
    method: 'POST',
    headers: { ...Object.fromEntries(auth), 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  const res = await fetch(req); // blind-corpus: site=evidence-node-fetch-1
  if (res.status !== 202) {
    console.error(`export failed: ${res.status} ${await res.text()}`);
    process.exitCode = 1;
    throw new Error(`HTTP ${res.status}`);
  }
  const location = res.headers.get('location')!;
  let wait = Number(res.headers.get('retry-after') ?? '1');
  let op: { id: string; status: string; resourceUrl?: string };
  for (;;) {
    await sleep(wait + 0.1);
    const poll = await fetch(location, { headers: auth });
    op = (await poll.json()) as typeof op;
    process.stderr.write('.');
    if (!['acknowledged', 'queued', 'started'].includes(op.status)) break;
    wait = Number(poll.headers.get('retry-after') ?? wait);
  }
  process.stderr.write('\n');
  if (op.status !== 'completed' || !op.resourceUrl) throw new Error(`operation ${op.id}: ${op.status}`);
  const pdf = await fetch(op.resourceUrl, { headers: auth });
  return Buffer.from(await pdf.arrayBuffer());
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '\0')) {
  const [audit, procedure, matrix, sample, attachment, out = 'attachment.pdf'] = process.argv.slice(2);
  if (!audit || !procedure || !matrix || !sample || !attachment) {
    console.error('usage: export-attachment.ts <audit> <procedure> <matrix> <sample> <attachment> [out.pdf]');
    process.exit(2);
  }
  const bytes = await exportAttachment({ audit, procedure, matrix, sample, attachment });
  await writeFile(out, bytes);
  console.log(`wrote ${bytes.length} bytes to ${out}`);
}
