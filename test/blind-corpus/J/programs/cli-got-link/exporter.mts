import got, { HTTPError, type Got } from 'got';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SampleAttachmentLink } from './links.mjs';

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
  details?: Array<{ message: string }> | null;
}

export interface ExportOptions {
  apiUrl: string;
  token: string;
  onProgress?: (status: string) => void;
  maxWaitSeconds?: number;
}

function client(opts: ExportOptions): Got {
  return got.extend({
    headers: { authorization: `Bearer ${opts.token}`, 'user-agent': 'wk-export-cli' },
    retry: { limit: 3, statusCodes: [429, 500, 503], methods: ['GET'] },
    throwHttpErrors: true,
  });
}

export async function exportLink(link: SampleAttachmentLink, opts: ExportOptions): Promise<Buffer> {
  const http = client(opts);
  const endpoint = new URL(
    `prototype/platform/audits/${link.auditId}/procedures/${link.procedureId}/matrices/${link.matrixId}/samples/${link.sampleId}/attachments/${link.attachmentId}/export`, // blind-corpus: path=cli-got-1
    opts.apiUrl.endsWith('/') ? opts.apiUrl : `${opts.apiUrl}/`,
  );
  let started;
  try {
    started = await http.post(endpoint, { json: { format: 'pdf' }, headers: { accept: 'application/json' } }); // blind-corpus: site=cli-got-1
  } catch (err) {
    if (err instanceof HTTPError) {
      const body = JSON.parse(String(err.response.body || '{}')) as { code?: string; message?: string };
      throw new Error(`export rejected: ${body.code ?? err.response.statusCode} ${body.message ?? ''}`);
    }
    throw err;
  }
  const location = started.headers.location!;
  let retryAfter = Number(started.headers['retry-after'] ?? 1);
  const giveUpAt = Date.now() + (opts.maxWaitSeconds ?? 600) * 1000;

  while (Date.now() < giveUpAt) {
    await sleep(retryAfter * 1000);
    const res = await http.get(location, { responseType: 'json' });
    const op = res.body as Operation;
    opts.onProgress?.(op.status);
    if (op.status === 'completed') return http.get(op.resourceUrl ?? op.resourceURL ?? '').buffer();
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(op.details?.map((d) => d.message).join('\n') || op.status);
    retryAfter = Number(res.headers['retry-after'] ?? retryAfter);
  }
  throw new Error('gave up waiting for the export');
}
