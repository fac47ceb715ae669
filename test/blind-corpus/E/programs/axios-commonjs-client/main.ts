import { createRequire } from 'node:module';
import { debuglog } from 'node:util';

const require = createRequire(import.meta.url);

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface Handle {
  location: string;
  retryAfter: number;
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

interface WorkivaClient {
  startExport(ids: Ids): Promise<Handle>;
  startExports(ids: Ids[]): Promise<Handle[]>;
  readOperation(location: string): Promise<{ op: Operation; retryAfter: number }>;
  download(url: string): Promise<ArrayBuffer>;
}

const { createClient } = require('./workiva-client.cjs') as { createClient(options: { baseUrl: string; token: string; timeoutMs?: number }): WorkivaClient };
const { waitForOperation } = require('./poller.cjs') as {
  waitForOperation(client: WorkivaClient, handle: Handle, log: (msg: string, ...args: unknown[]) => void): Promise<Operation>;
};

const log = debuglog('evidence-export');

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const client = createClient({ baseUrl: env.baseUrl, token: env.token });
  const handle = await client.startExport(env.ids);
  if (!handle.location) throw new Error('export accepted without Location');
  const op = await waitForOperation(client, handle, log);
  if (op.status !== 'completed') throw new Error(`export ${op.id} ended ${op.status}`);
  const data = await client.download(op.resourceUrl ?? op.resourceURL ?? '');
  return new Uint8Array(data);
}
