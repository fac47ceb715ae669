import { get, post, configureAuth } from './http.js';
import { endpointsFor, type AttachmentRef } from './routes.js';

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

const logger = {
  info: (msg: string, extra: Record<string, unknown> = {}) => process.env.DEBUG_EXPORTS && console.log(msg, extra),
};

function retryAfterMs(headers: Headers): number {
  return Math.max(1, Number(headers.get('retry-after') ?? 1)) * 1000 + 50;
}

export async function exportToPdf(baseUrl: string, ref: AttachmentRef): Promise<Uint8Array> {
  const endpoints = endpointsFor(baseUrl);
  const accepted = await post<Operation>(endpoints.exportAttachment(ref), { format: 'pdf' }); // blind-corpus: site=route-table-1
  const location = accepted.headers.get('location') ?? '';
  logger.info('export accepted', { operation: accepted.data.id, location });
  let delay = retryAfterMs(accepted.headers);
  for (;;) {
    await new Promise((r) => setTimeout(r, delay));
    const { data: op, headers } = await get<Operation>(location);
    if (op.status === 'completed') {
      const { data } = await get<Uint8Array>(op.resourceUrl ?? op.resourceURL ?? '');
      return data;
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.id} ${op.status}`);
    delay = retryAfterMs(headers);
  }
}

/** Fire-and-forget variant used by the nightly batch; callers poll elsewhere. */
export async function requestExports(baseUrl: string, refs: AttachmentRef[]): Promise<string[]> {
  const endpoints = endpointsFor(baseUrl);
  const locations: string[] = [];
  for (const ref of refs) {
    const { headers } = await post(endpoints.exportAttachment(ref), { format: 'pdf' }); // blind-corpus: site=route-table-2
    locations.push(headers.get('location') ?? '');
  }
  return locations;
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: AttachmentRef;
}): Promise<Uint8Array | ArrayBuffer> {
  configureAuth(env.token);
  return exportToPdf(env.baseUrl, env.ids);
}
