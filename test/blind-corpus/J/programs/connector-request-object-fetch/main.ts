import { dispatch, type TriggerEvent } from './registry.js';
import './workiva.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  const event: TriggerEvent = { connector: 'workiva', operation: 'exportSampleAttachment', input: { ...env.ids } };
  return dispatch(event);
}
