import { useAttachmentExport } from './use-attachment-export.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const transitions: string[] = [];
  const state = useAttachmentExport(
    {
      apiUrl: env.baseUrl,
      token: env.token,
      audit: env.ids.auditId,
      procedure: env.ids.procedureId,
      matrix: env.ids.matrixId,
      sample: env.ids.sampleId,
      attachment: env.ids.attachmentId,
    },
    (s) => transitions.push(s.status),
  );
  await state.settled;
  if (state.status === 'error' || !state.data) throw state.error ?? new Error(`export ended in ${state.status}`);
  return state.data;
}
