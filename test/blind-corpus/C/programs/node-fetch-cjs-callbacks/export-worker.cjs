'use strict';

// node-fetch v3 is ESM-only; this is the documented way to use it from CommonJS.
const fetch = (...args) => import('node-fetch').then(({ default: fetch }) => fetch(...args));

const DEFAULT_POLL_SECONDS = 2;

function authHeaders(token) {
  return { Authorization: 'Bearer ' + token, Accept: 'application/json' };
}

function checkStatus(res) {
  if (res.ok) return res;
  return res.text().then(function (text) {
    var err = new Error('Workiva API responded ' + res.status + ': ' + text);
    err.status = res.status;
    throw err;
  });
}

function startExport(opts) {
  var ids = opts.ids;
  var url = opts.baseUrl.replace(/\/$/, '') +
    '/prototype/platform/audits/' + ids.auditId +
    '/procedures/' + ids.procedureId +
    '/matrices/' + ids.matrixId +
    '/samples/' + ids.sampleId +
    '/attachments/' + ids.attachmentId + '/export'; // blind-corpus: path=node-fetch-cjs-1
  var headers = Object.assign({ 'Content-Type': 'application/json' }, authHeaders(opts.token));
  return fetch(url, { method: 'POST', headers: headers, body: JSON.stringify({ format: 'pdf' }) }) // blind-corpus: site=node-fetch-cjs-1
    .then(checkStatus)
    .then(function (res) {
      return {
        location: res.headers.get('location'),
        retryAfter: parseInt(res.headers.get('retry-after'), 10) || DEFAULT_POLL_SECONDS,
      };
    });
}

function pollUntilDone(opts, location, retryAfter, callback) {
  setTimeout(function () {
    fetch(location, { headers: authHeaders(opts.token) })
      .then(checkStatus)
      .then(function (res) {
        var next = parseInt(res.headers.get('retry-after'), 10) || DEFAULT_POLL_SECONDS;
        return res.json().then(function (op) {
          if (op.status === 'completed') return callback(null, op.resourceUrl || op.resourceURL);
          if (op.status === 'failed' || op.status === 'cancelled') {
            return callback(new Error('export operation ' + op.id + ' ' + op.status));
          }
          pollUntilDone(opts, location, next, callback);
        });
      })
      .catch(callback);
  }, retryAfter * 1000 + 20);
}

function download(opts, resourceUrl) {
  return fetch(resourceUrl, { headers: { Authorization: 'Bearer ' + opts.token } })
    .then(checkStatus)
    .then(function (res) { return res.arrayBuffer(); })
    .then(function (ab) { return Buffer.from(ab); });
}

/**
 * exportAttachment({ baseUrl, token, ids }, function (err, pdfBuffer) { ... })
 */
function exportAttachment(opts, callback) {
  startExport(opts)
    .then(function (accepted) {
      if (!accepted.location) throw new Error('no Location header on export response');
      pollUntilDone(opts, accepted.location, accepted.retryAfter, function (err, resourceUrl) {
        if (err) return callback(err);
        if (!resourceUrl) return callback(new Error('export finished without a resource URL'));
        download(opts, resourceUrl).then(function (buf) { callback(null, buf); }, callback);
      });
    })
    .catch(callback);
}

module.exports = { exportAttachment: exportAttachment };
