// Compiled to CommonJS for the legacy worker image (still on require(); Node 18+ so global fetch is available).
function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

namespace AuditExports {
  export interface Options {
    apiUrl: string;
    token: string;
    pollLimit?: number;
  }
  export interface Target {
    auditId: string;
    procedureId: string;
    matrixId: string;
    sampleId: string;
    attachmentId: string;
  }
}

interface Op {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

async function exportPdf(opts: AuditExports.Options, target: AuditExports.Target): Promise<ArrayBuffer> {
  const auth = { Authorization: 'Bearer ' + opts.token };
  const route =
    '/prototype/platform/audits/' + // blind-corpus: path=legacy-cts-1
    target.auditId +
    '/procedures/' +
    target.procedureId +
    '/matrices/' +
    target.matrixId +
    '/samples/' +
    target.sampleId +
    '/attachments/' +
    target.attachmentId +
    '/export';
  const started = await fetch(opts.apiUrl + route, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json', 'X-Version': '2022-01-01' }, body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=legacy-cts-1
  if (started.status !== 202) throw new Error('Export request failed: HTTP ' + started.status + ' ' + (await started.text()));

  const location = String(started.headers.get('location'));
  let seconds = Number(started.headers.get('retry-after') || 1);
  const limit = opts.pollLimit ?? 30;
  for (let n = 0; n < limit; n++) {
    await delay(seconds * 1000);
    const res = await fetch(location, { headers: auth });
    if (!res.ok) throw new Error('Poll failed: HTTP ' + res.status);
    const op = (await res.json()) as Op;
    if (op.status === 'completed') {
      const pdf = await fetch(op.resourceUrl || op.resourceURL || '', { headers: auth });
      return pdf.arrayBuffer();
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error('Export ' + op.id + ' ' + op.status);
    seconds = Number(res.headers.get('retry-after') || 1);
  }
  throw new Error('Export still running after ' + limit + ' polls');
}

export = { exportPdf };
