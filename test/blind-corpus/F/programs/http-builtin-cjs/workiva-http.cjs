'use strict';

const http = require('node:http');
const https = require('node:https');
const { URL } = require('node:url');

const DEFAULT_TIMEOUT_MS = 30000;

/**
 * Minimal JSON/binary HTTP helper used by the evidence archiver.
 * Resolves with { status, headers, body } where body is a Buffer.
 */
function send(method, target, { token, json, accept } = {}) {
  const url = target instanceof URL ? target : new URL(target);
  const transport = url.protocol === 'https:' ? https : http;
  const payload = json === undefined ? null : Buffer.from(JSON.stringify(json));
  const headers = { Authorization: 'Bearer ' + token, Accept: accept || 'application/json' };
  if (payload) {
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = String(payload.length);
  }
  return new Promise((resolve, reject) => {
    const req = transport.request(url, { method, headers, timeout: DEFAULT_TIMEOUT_MS }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode || 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(method + ' ' + url.pathname + ' timed out')));
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

function apiError(res, what) {
  let detail = res.body.toString('utf8');
  try {
    const parsed = JSON.parse(detail);
    detail = parsed.code + ': ' + parsed.message;
  } catch (_) {
    // not JSON
  }
  const err = new Error(what + ' failed with HTTP ' + res.status + ' (' + detail + ')');
  err.status = res.status;
  return err;
}

function wait(seconds) {
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}

async function exportAttachment(config, attachment) {
  const url = new URL(config.apiUrl);
  url.pathname = [ // blind-corpus: path=http-cjs-1
    '/prototype/platform/audits', attachment.auditId,
    'procedures', attachment.procedureId,
    'matrices', attachment.matrixId,
    'samples', attachment.sampleId,
    'attachments', attachment.attachmentId,
    'export',
  ].join('/');

  const accepted = await send('POST', url, { token: config.token, json: { format: 'pdf' } }); // blind-corpus: site=http-cjs-1
  if (accepted.status !== 202) throw apiError(accepted, 'export request');

  const operationUrl = accepted.headers.location;
  let retryAfter = Number(accepted.headers['retry-after']) || 2;
  for (;;) {
    await wait(retryAfter);
    const res = await send('GET', operationUrl, { token: config.token });
    if (res.status !== 200) throw apiError(res, 'operation poll');
    const op = JSON.parse(res.body.toString('utf8'));
    retryAfter = Number(res.headers['retry-after']) || 2;
    if (op.status === 'completed') {
      const file = await send('GET', op.resourceUrl || op.resourceURL, { token: config.token, accept: 'application/pdf' });
      if (file.status !== 200) throw apiError(file, 'download');
      return file.body;
    }
    if (op.status === 'failed' || op.status === 'cancelled') {
      throw new Error('export ' + op.id + ' ' + op.status);
    }
  }
}

module.exports = { exportAttachment, send };
