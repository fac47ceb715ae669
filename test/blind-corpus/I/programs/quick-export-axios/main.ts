import axios from 'axios';
import { attachmentExportPath, samplePath, type AttachmentLocator } from './paths.js';

type Operation = { id: string; status: string; resourceUrl: string; resourceURL?: string };

const pause = (s: number) => new Promise((r) => setTimeout(r, s * 1000));

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const loc: AttachmentLocator = {
    audit: env.ids.auditId,
    procedure: env.ids.procedureId,
    matrix: env.ids.matrixId,
    sample: env.ids.sampleId,
    attachment: env.ids.attachmentId,
  };
  const headers = { Authorization: `Bearer ${env.token}` };

  if (process.env.CHECK_SAMPLE === '1') {
    // sanity check that the sample exists before kicking off the export
    const sample = await axios.get(env.baseUrl + samplePath(loc), { headers, validateStatus: () => true });
    if (sample.status === 404) throw new Error(`sample ${loc.sample} not found`);
  }

  const res = await axios({ method: 'post', baseURL: env.baseUrl, url: attachmentExportPath(loc), headers: { ...headers, 'Content-Type': 'application/json' }, data: { format: 'pdf' } }); // blind-corpus: site=quick-axios-1
  let retry = Number(res.headers['retry-after'] ?? 1);
  const opUrl = res.headers['location'] as string;

  let op: Operation;
  while (true) {
    await pause(retry);
    const r = await axios.get<Operation>(opUrl, { headers });
    op = r.data;
    if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') break;
    retry = Number(r.headers['retry-after'] ?? retry);
  }
  if (op.status !== 'completed') throw new Error(`export ${op.status}`);

  const pdf = await axios.get<ArrayBuffer>(op.resourceUrl ?? op.resourceURL, { headers, responseType: 'arraybuffer' });
  return pdf.data;
}
