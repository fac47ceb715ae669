import { PlatformApiClient, type SampleAttachmentParams } from './api-client.mjs';

interface Operation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  resourceURL?: string;
}

async function waitSeconds(s: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, Math.ceil(s * 1000)));
}

async function pollOperation(client: PlatformApiClient, location: string, retryAfter: number): Promise<Operation> {
  await waitSeconds(retryAfter);
  const res = await client.getAbsolute(location);
  const next = Number(res.headers.get('Retry-After') ?? retryAfter);
  if (res.status === 429 || res.status === 503) return pollOperation(client, location, next);
  if (!res.ok) throw new Error(`poll ${res.status}`);
  const op = (await res.json()) as Operation;
  return op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled' ? op : pollOperation(client, location, next);
}

export async function run(env: { baseUrl: string; token: string; ids: SampleAttachmentParams }): Promise<ArrayBuffer> {
  const client = new PlatformApiClient(env.baseUrl, () => env.token);
  const params: SampleAttachmentParams = { ...env.ids };
  const accepted = process.env['WORKIVA_OMIT_VERSION']
    ? await client.exportSampleAttachmentWithoutVersion(params)
    : await client.exportSampleAttachment(params);
  if (accepted.status !== 202) throw new Error(`expected 202, got ${accepted.status}`);
  const op = await pollOperation(client, accepted.headers.get('Location') ?? '', Number(accepted.headers.get('Retry-After') ?? 1));
  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
  const file = await client.getAbsolute(op.resourceUrl ?? op.resourceURL ?? '');
  if (!file.ok) throw new Error(`download ${file.status}`);
  return file.arrayBuffer();
}
