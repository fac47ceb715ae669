'use strict';
// Old consultancy helper, still CommonJS because half the team runs it with plain `node`.
const http = require('node:http');
const https = require('node:https');

const DEFAULT_WAIT_SECONDS = 2;

function transportFor(url) {
  return url.protocol === 'https:' ? https : http;
}

function send(target, options, payload) {
  return new Promise((resolve, reject) => {
    const req = transportFor(target).request(target, options, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode || 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(30000, () => req.destroy(new Error('request timed out: ' + target.href)));
    if (payload) req.write(payload);
    req.end();
  });
}

function check(res, label) {
  if (res.status >= 400) {
    let msg = res.body.toString('utf8');
    try {
      const parsed = JSON.parse(msg);
      msg = parsed.code + ' ' + parsed.message;
    } catch (_) { /* not json */ }
    throw new Error(label + ': HTTP ' + res.status + ' ' + msg);
  }
  return res;
}

function retryAfterSeconds(headers, fallback) {
  const n = Number(headers['retry-after']);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

async function exportAttachment(opts) {
  const { apiUrl, token, attachment } = opts;
  const auth = { Authorization: 'Bearer ' + token };
  const target = new URL(
    `/prototype/platform/audits/${attachment.audit}/procedures/${attachment.procedure}/matrices/${attachment.matrix}/samples/${attachment.sample}/attachments/${attachment.id}/export`, // blind-corpus: path=bundle-cjs-1
    apiUrl,
  );
  const payload = JSON.stringify({ format: 'pdf' });
  const accepted = check(
    await send(target, { method: 'POST', headers: Object.assign({ 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) }, auth) }, payload), // blind-corpus: site=bundle-cjs-1
    'start export',
  );
  const location = new URL(accepted.headers.location, apiUrl);
  let wait = retryAfterSeconds(accepted.headers, DEFAULT_WAIT_SECONDS);

  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, wait * 1000));
    const polled = check(await send(location, { method: 'GET', headers: auth }), 'poll export');
    const op = JSON.parse(polled.body.toString('utf8'));
    if (op.status === 'completed') {
      const file = check(await send(new URL(op.resourceUrl || op.resourceURL, apiUrl), { method: 'GET', headers: auth }), 'download');
      return file.body;
    }
    if (op.status === 'failed' || op.status === 'cancelled') {
      throw new Error('export ' + op.id + ' ' + op.status);
    }
    wait = retryAfterSeconds(polled.headers, wait);
  }
  throw new Error('gave up waiting for export');
}

module.exports = { exportAttachment };
