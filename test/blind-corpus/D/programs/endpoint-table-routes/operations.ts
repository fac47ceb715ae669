import type { PlatformClient } from './platform-client.js';

export interface OperationView {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl: string | null;
}

export async function awaitOperation(client: PlatformClient, location: string, retryAfter: number): Promise<OperationView> {
  await new Promise((r) => setTimeout(r, retryAfter * 1000));
  const { data, headers } = await client.get<OperationView>(location);
  if (data.status === 'completed' || data.status === 'failed' || data.status === 'cancelled') return data;
  return awaitOperation(client, location, Number(headers.get('retry-after') ?? 1));
}
