// fetch with the API root in a module constant and the ids interpolated into one template.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

const WORKIVA_API_URL = process.env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com';

interface Operation {
  status: string;
  resourceUrl?: string | null;
}

export async function exportPdf(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const res = await exportSampleAttachmentAsFetchResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: WORKIVA_API_URL, token },
  );
  const location = res.headers.get('Location')!;
  let operation: Operation;
  do {
    await new Promise((resolve) => setTimeout(resolve, 1000)); // fixed one-second poll
    operation = (await (await fetch(location, { headers: { Authorization: `Bearer ${token}` } })).json()) as Operation;
  } while (operation.status !== 'completed');
  return fetch(operation.resourceUrl!, { headers: { Authorization: `Bearer ${token}` } });
}
