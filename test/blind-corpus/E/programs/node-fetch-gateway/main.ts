import { PlatformGateway, type Ids } from './gateway.js';

const sleep = (s: number) => new Promise((r) => setTimeout(r, s * 1000));

async function poll(gateway: PlatformGateway, location: string, wait: number): Promise<string> {
  await sleep(wait);
  const op = await gateway.operation(location);
  if (op.status === 'completed') return op.resourceUrl ?? op.resourceURL ?? '';
  if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
  return poll(gateway, location, op.retryAfter);
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const lines: string[] = [];
  const gateway = new PlatformGateway(process.env['WORKIVA_API_URL'] ?? env.baseUrl, process.env['WORKIVA_TOKEN'] ?? env.token, (l) => lines.push(l));
  try {
    const sample = await gateway.sample(env.ids);
    lines.push(`sample ${sample.name ?? env.ids.sampleId} has ${sample.attachments?.length ?? 'unknown'} attachments`);
  } catch {
    lines.push('sample metadata unavailable, exporting anyway');
  }
  const { location, retryAfter } = await gateway.exportAttachment(env.ids);
  const fileUrl = await poll(gateway, location, retryAfter);
  return gateway.file(fileUrl);
}
