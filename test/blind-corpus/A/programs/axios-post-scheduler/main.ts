import axios from 'axios';
import { authHeaders, setToken } from './auth.js';
import { Scheduler } from './scheduler.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface ExportTicket {
  ids: Ids;
  location?: string;
  attempts: number;
}

interface OperationBody {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

const delayMs = (header: unknown) => (Number(header) || 1) * 1000 + 50;

export function exportWithScheduler(apiUrl: string, ticket: ExportTicket): Promise<ArrayBuffer> {
  const scheduler = new Scheduler();
  return new Promise<ArrayBuffer>((resolve, reject) => {
    const fail = (e: unknown) => {
      scheduler.cancelAll();
      reject(e instanceof Error ? e : new Error(String(e)));
    };

    const poll = async () => {
      ticket.attempts += 1;
      const res = await axios.get<OperationBody>(ticket.location ?? '', { headers: authHeaders() });
      const op = res.data;
      if (op.status === 'completed') {
        const file = await axios.get<ArrayBuffer>(op.resourceUrl ?? op.resourceURL ?? '', { headers: authHeaders(), responseType: 'arraybuffer' });
        resolve(new Uint8Array(file.data).buffer);
      } else if (op.status === 'failed' || op.status === 'cancelled') {
        fail(new Error(`export ${op.id} ${op.status} after ${ticket.attempts} polls`));
      } else {
        scheduler.schedule(delayMs(res.headers['retry-after']), poll, fail);
      }
    };

    const { ids } = ticket;
    axios.post(`${apiUrl}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, { format: 'pdf' }, { headers: { ...authHeaders(), 'Content-Type': 'application/json' } }) // blind-corpus: site=axios-post-1
      .then((res) => {
        ticket.location = String(res.headers['location']);
        scheduler.schedule(delayMs(res.headers['retry-after']), poll, fail);
      })
      .catch(fail);
  });
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  setToken(env.token);
  return exportWithScheduler(env.baseUrl, { ids: env.ids, attempts: 0 });
}
