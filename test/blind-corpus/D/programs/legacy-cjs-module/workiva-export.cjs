'use strict';

// Original integration from the reporting service (2019). Still loaded by the ESM entry point via require.
const http = require('node:http');
const https = require('node:https');
const { URL } = require('node:url');

const DEFAULT_RETRY_AFTER = 1;

function call(method, target, token, payload) {
  return new Promise((resolve, reject) => {
    const url = new URL(target);
    const lib = url.protocol === 'https:' ? https : http;
    const headers = { Authorization: 'Bearer ' + token, Accept: 'application/json' };
    let data;
    if (payload !== undefined) {
      data = JSON.stringify(payload);
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = Buffer.byteLength(data);
    }
    const req = lib.request(url, { method: method, headers: headers }, function (res) {
      const chunks = [];
      res.on('data', function (c) { chunks.push(c); });
      res.on('end', function () {
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

function wait(seconds) {
  return new Promise(function (resolve) { setTimeout(resolve, seconds * 1000); });
}

async function exportSampleAttachment(options, record) {
  const url = options.apiUrl + '/prototype/platform/audits/' + record.auditId + '/procedures/' + record.procedureId +
    '/matrices/' + record.matrixId + '/samples/' + record.sampleId + '/attachments/' + record.attachmentId + '/export'; // blind-corpus: path=cjs-require-1
  const started = await call('POST', url, options.token, { format: 'pdf' }); // blind-corpus: site=cjs-require-1
  if (started.status !== 202) {
    throw new Error('Export failed (' + started.status + '): ' + started.body.toString());
  }
  const location = started.headers.location;
  let retryAfter = Number(started.headers['retry-after'] || DEFAULT_RETRY_AFTER);
  for (;;) {
    await wait(retryAfter);
    const polled = await call('GET', location, options.token);
    const op = JSON.parse(polled.body.toString('utf8'));
    if (op.status === 'completed') {
      const file = await call('GET', op.resourceUrl || op.resourceURL, options.token);
      return file.body;
    }
    if (op.status === 'failed' || op.status === 'cancelled') {
      throw new Error('Export ' + op.id + ' ' + op.status);
    }
    retryAfter = Number(polled.headers['retry-after'] || DEFAULT_RETRY_AFTER);
  }
}

module.exports = { exportSampleAttachment: exportSampleAttachment };
