import { dispatch } from './commands.js';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const session = { apiUrl: env.baseUrl, token: env.token };
  const key = { ...env.ids };
  const command = process.env['CONSOLE_COMMAND'] === 'retry-export' ? 'retry-export' : 'export-attachment';
  let { operationUrl, retryAfter } = await dispatch(command, session, { key, reason: 'operator request' });

  for (;;) {
    await sleep(retryAfter * 1000 + 45);
    const polled = await dispatch('poll-operation', session, { operationUrl });
    retryAfter = polled.retryAfter;
    const status: string = polled.operation.status;
    if (status === 'completed') {
      const data = await dispatch('download', session, { url: polled.operation.resourceUrl ?? polled.operation.resourceURL });
      return new Uint8Array(data);
    }
    if (status === 'failed' || status === 'cancelled') throw new Error(`export ${status}`);
  }
}
