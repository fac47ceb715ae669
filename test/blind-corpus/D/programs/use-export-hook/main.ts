import { useSampleExport, type ExportState } from './use-sample-export.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const transitions: ExportState['phase'][] = [];
  const hook = useSampleExport(env.ids, {
    apiBase: env.baseUrl,
    getAccessToken: async () => env.token,
    onChange: (s) => {
      if (transitions[transitions.length - 1] !== s.phase) transitions.push(s.phase);
    },
  });
  const pdf = await hook.start();
  if (hook.getState().phase !== 'done') throw new Error(`unexpected final phase ${transitions.join(' -> ')}`);
  return pdf;
}
