// Attachment export helpers shared by the reporting scripts. Plain JS on purpose: the scripts run
// with `node` directly on the ops box, no build step.

const POLL_FLOOR_SECONDS = 1;

/**
 * @typedef {{ auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string }} AttachmentIds
 * @typedef {{ apiUrl: string, token: string }} Connection
 */

function exportUrl(conn, ids) {
  return conn.apiUrl + '/prototype/platform/audits/' + ids.auditId + '/procedures/' + ids.procedureId + '/matrices/' + ids.matrixId + '/samples/' + ids.sampleId + '/attachments/' + ids.attachmentId + '/export'; // blind-corpus: path=plain-js-1,plain-js-2
}

function retryAfter(res) {
  return Math.max(POLL_FLOOR_SECONDS, Number(res.headers.get('Retry-After')) || POLL_FLOOR_SECONDS);
}

function poll(conn, location, seconds) {
  return new Promise(function (resolve) { setTimeout(resolve, seconds * 1000 + 25); })
    .then(function () { return fetch(location, { headers: { Authorization: 'Bearer ' + conn.token } }); })
    .then(function (res) {
      if (!res.ok) throw new Error('poll failed with ' + res.status);
      return res.json().then(function (op) { return { op: op, next: retryAfter(res) }; });
    })
    .then(function (r) {
      if (r.op.status === 'completed') return r.op.resourceUrl || r.op.resourceURL;
      if (r.op.status === 'failed' || r.op.status === 'cancelled') throw new Error('export ' + r.op.status);
      return poll(conn, location, r.next);
    });
}

function downloadPdf(conn, url) {
  return fetch(url, { headers: { Authorization: 'Bearer ' + conn.token } }).then(function (res) {
    if (!res.ok) throw new Error('download failed with ' + res.status);
    return res.arrayBuffer();
  });
}

/**
 * Promise API.
 * @param {Connection} conn
 * @param {AttachmentIds} ids
 * @returns {Promise<ArrayBuffer>}
 */
export function exportAttachmentPdf(conn, ids) {
  return fetch(exportUrl(conn, ids), { // blind-corpus: site=plain-js-1
    method: 'POST',
    headers: { Authorization: 'Bearer ' + conn.token, 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  })
    .then(function (res) {
      if (res.status !== 202) throw new Error('export not accepted: ' + res.status);
      return poll(conn, res.headers.get('Location'), retryAfter(res));
    })
    .then(function (url) { return downloadPdf(conn, url); });
}

/**
 * Old callback API, still used by the quarterly report script.
 * @param {Connection} conn
 * @param {AttachmentIds} ids
 * @param {(err: Error | null, pdf?: ArrayBuffer) => void} done
 */
export function exportAttachmentPdfCb(conn, ids, done) {
  fetch(exportUrl(conn, ids), { method: 'POST', headers: { Authorization: 'Bearer ' + conn.token, 'Content-Type': 'application/json' }, body: '{"format":"pdf"}' }) // blind-corpus: site=plain-js-2
    .then(function (res) {
      if (res.status !== 202) throw new Error('export not accepted: ' + res.status);
      return poll(conn, res.headers.get('Location'), retryAfter(res));
    })
    .then(function (url) { return downloadPdf(conn, url); })
    .then(function (pdf) { done(null, pdf); }, done);
}
