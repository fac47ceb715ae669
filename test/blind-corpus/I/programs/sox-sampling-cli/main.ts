import { parseArgs } from 'node:util';
import { WorkivaSession, type Selection } from './workiva.mjs';

const sleep = (s: number) => new Promise<void>((r) => setTimeout(r, s * 1000));

async function exportAndWait(session: WorkivaSession, sel: Selection, verbose: boolean): Promise<ArrayBuffer> {
  let { location, retryAfter } = await session.exportSelection(sel);
  for (let i = 1; ; i++) {
    await sleep(retryAfter);
    const { body, retryAfter: next } = await session.poll(location);
    if (verbose) console.log(`[poll ${i}] ${body.status}`);
    if (body.status === 'completed' && body.resourceUrl) return session.download(body.resourceUrl);
    if (body.status === 'failed' || body.status === 'cancelled') throw new Error(`export ${body.status}`);
    retryAfter = next;
  }
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const { values } = parseArgs({
    args: ['--audit', env.ids.auditId, '--procedure', env.ids.procedureId, '--matrix', env.ids.matrixId, '--sample', env.ids.sampleId, '--attachment', env.ids.attachmentId],
    options: {
      audit: { type: 'string' },
      procedure: { type: 'string' },
      matrix: { type: 'string' },
      sample: { type: 'string' },
      attachment: { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const sel: Selection = {
    audit: values.audit ?? '',
    procedure: values.procedure ?? '',
    matrix: values.matrix ?? '',
    sample: values.sample ?? '',
    attachment: values.attachment ?? '',
  };
  return exportAndWait(new WorkivaSession(process.env.WORKIVA_API_URL ?? env.baseUrl, process.env.WORKIVA_TOKEN ?? env.token), sel, values.verbose ?? false);
}
