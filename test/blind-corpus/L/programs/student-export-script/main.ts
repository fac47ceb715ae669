// Exports sample attachments for the internal audit course (IAUD 410) review folders.
// Usage: set WORKIVA_API_URL and WORKIVA_TOKEN, then call one of the export functions.
// NOTE (spring cohort): exportArchiveCopy was copied from exportReviewCopy, keep them in sync!

const API = process.env.WORKIVA_API_URL || 'https://api.app.wdesk.com';
const TOKEN = process.env.WORKIVA_TOKEN || '';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

function sleep(sec: number) {
  return new Promise((resolve) => setTimeout(resolve, sec * 1000 + 100));
}

// keeps checking the operation until it is done (recursive)
function checkOperation(url: string, waitSec: number): Promise<any> {
  return sleep(waitSec).then(() =>
    fetch(url, { headers: { Authorization: 'Bearer ' + TOKEN } }).then((res) =>
      res.json().then((op: any) => {
        if (process.env.DEBUG) console.debug('operation status:', op.status);
        if (op.status == 'completed') return op;
        if (op.status == 'failed' || op.status == 'cancelled') throw new Error('export failed: ' + JSON.stringify(op.details));
        return checkOperation(url, parseInt(res.headers.get('Retry-After') || '1'));
      }),
    ),
  );
}

function downloadPdf(op: any): Promise<ArrayBuffer> {
  return fetch(op.resourceUrl || op.resourceURL, { headers: { Authorization: 'Bearer ' + TOKEN } }).then((r) => r.arrayBuffer());
}

export function exportReviewCopy(ids: Ids): Promise<ArrayBuffer> {
  return fetch(API + `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, { // blind-corpus: site=student-fetch-1
    method: 'POST',
    headers: { Authorization: 'Bearer ' + TOKEN, 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  })
    .then((res) => {
      if (res.status != 202) throw new Error('could not start export, got ' + res.status);
      return checkOperation(res.headers.get('Location')!, parseInt(res.headers.get('Retry-After') || '1'));
    })
    .then(downloadPdf);
}

export function exportArchiveCopy(ids: Ids): Promise<ArrayBuffer> {
  return fetch(API + `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, { // blind-corpus: site=student-fetch-2
    method: 'POST',
    headers: { Authorization: 'Bearer ' + TOKEN, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  })
    .then((res) => checkOperation(res.headers.get('Location')!, parseInt(res.headers.get('Retry-After') || '1')))
    .then(downloadPdf);
}

// added by Priya: same thing but with the version header, the TA said we should send it
export async function exportWithVersion(ids: Ids): Promise<ArrayBuffer> {
  const url = API + '/prototype/platform/audits/' + ids.auditId + '/procedures/' + ids.procedureId + '/matrices/' + ids.matrixId + '/samples/' + ids.sampleId + '/attachments/' + ids.attachmentId + '/export'; // blind-corpus: path=student-fetch-3
  const res = await fetch(url, { // blind-corpus: site=student-fetch-3
    method: 'POST',
    headers: { Authorization: 'Bearer ' + TOKEN, 'Content-Type': 'application/json', 'X-Version': '2022-01-01' },
    body: '{"format":"pdf"}',
  });
  const op = await checkOperation(res.headers.get('Location')!, parseInt(res.headers.get('Retry-After') || '1'));
  return downloadPdf(op);
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<ArrayBuffer> {
  return exportWithVersion(env.ids);
}
