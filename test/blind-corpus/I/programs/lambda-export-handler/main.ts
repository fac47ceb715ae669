import { setTimeout as wait } from 'node:timers/promises';
import { checkExport, fetchExport, startExport, type ExportState } from './handlers.js';

/** Local stand-in for the state machine: Wait(waitSeconds) -> checkExport until terminal -> fetchExport. */
export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  let state: ExportState = await startExport({
    pathParameters: { ...env.ids },
    body: JSON.stringify({ format: 'pdf' }),
    headers: { 'x-request-id': 'local-invoke' },
  });
  const terminal = new Set(['completed', 'failed', 'cancelled']);
  while (!state.status || !terminal.has(state.status)) {
    if (state.attempt > 50) throw new Error('state machine exceeded max attempts');
    await wait(state.waitSeconds * 1000);
    state = await checkExport(state);
  }
  const out = await fetchExport(state);
  return Buffer.from(out.base64, 'base64');
}
