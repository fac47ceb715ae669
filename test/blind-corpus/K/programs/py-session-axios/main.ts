import { setTimeout as sleep } from 'node:timers/promises';
import { Session } from './session.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

const TERMINAL = new Set(['completed', 'failed', 'cancelled']);
const DEFAULT_WAIT_S = 5;

function retry_after(value: unknown): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_WAIT_S;
}

// ported from export_attachment.py (audit-tools repo)
export async function export_attachment(session: Session, base_url: string, ids: Ids): Promise<Buffer> {
  const { auditId: audit_id, procedureId: procedure_id, matrixId: matrix_id, sampleId: sample_id, attachmentId: attachment_id } = ids;
  const url = `${base_url}/prototype/platform/audits/${audit_id}/procedures/${procedure_id}/matrices/${matrix_id}/samples/${sample_id}/attachments/${attachment_id}/export`; // blind-corpus: path=py-session-1
  const resp = Session.raise_for_status(await session.post(url, { json: { format: 'pdf' } })); // blind-corpus: site=py-session-1

  const op_url = String(resp.headers['location']);
  let wait_s = retry_after(resp.headers['retry-after']);
  while (true) {
    await sleep(wait_s * 1000);
    const op = Session.raise_for_status(await session.get(op_url));
    const status: string = op.data.status;
    console.info(`operation ${op.data.id} status=${status}`);
    if (TERMINAL.has(status)) {
      if (status !== 'completed') throw new Error(`export ${status}: ${JSON.stringify(op.data.details)}`);
      const resource_url: string = op.data.resourceUrl ?? op.data.resourceURL;
      const pdf = Session.raise_for_status(await session.get(resource_url, { stream: true }));
      return Buffer.from(pdf.data);
    }
    wait_s = retry_after(op.headers['retry-after']);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array> {
  const session = new Session();
  session.headers['Authorization'] = `Bearer ${env.token}`;
  session.headers['Accept'] = 'application/json';
  return export_attachment(session, env.baseUrl.replace(/\/+$/, ''), env.ids);
}
