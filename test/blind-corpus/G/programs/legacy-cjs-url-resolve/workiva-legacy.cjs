'use strict';

const http = require('node:http');
const https = require('node:https');
const url = require('node:url');
const util = require('node:util');

const debug = util.debuglog('workiva');

function transportFor(target) {
  return target.startsWith('https:') ? https : http;
}

function readBody(res) {
  return new Promise(function (resolve, reject) {
    const chunks = [];
    res.on('data', function (c) { chunks.push(c); });
    res.on('end', function () { resolve(Buffer.concat(chunks)); });
    res.on('error', reject);
  });
}

function send(method, target, token, payload) {
  return new Promise(function (resolve, reject) {
    const body = payload === undefined ? undefined : Buffer.from(JSON.stringify(payload));
    const headers = { Authorization: 'Bearer ' + token, Accept: 'application/json' };
    if (body) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = String(body.length);
    }
    debug('%s %s', method, target);
    const req = transportFor(target).request(target, { method: method, headers: headers }, function (res) {
      readBody(res).then(function (buf) {
        resolve({ status: res.statusCode || 0, headers: res.headers, body: buf });
      }, reject);
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

function postJson(target, token, payload) {
  return send('POST', target, token, payload);
}

function exportPath(ids) {
  return util.format(
    '/prototype/platform/audits/%s/procedures/%s/matrices/%s/samples/%s/attachments/%s/export', // blind-corpus: path=cjs-resolve-1
    ids.auditId, ids.procedureId, ids.matrixId, ids.sampleId, ids.attachmentId
  );
}

function toError(res) {
  let parsed = {};
  try { parsed = JSON.parse(res.body.toString('utf8')); } catch (e) { /* ignore */ }
  const err = new Error('Workiva API error ' + res.status + ': ' + (parsed.message || 'unknown'));
  err.status = res.status;
  err.code = parsed.code;
  return err;
}

function accepted(res) {
  if (res.status !== 202) throw toError(res);
  return { location: String(res.headers.location), retryAfter: Number(res.headers['retry-after'] || 1) };
}

function startExport(base, token, ids) {
  return postJson(url.resolve(base, exportPath(ids)), token, { format: 'pdf' }).then(accepted); // blind-corpus: site=cjs-resolve-1
}

function startExports(base, token, items) {
  return Promise.all(items.map(function (item) {
    const target = url.resolve(base, '/prototype/platform/audits/' + item.auditId + '/procedures/' + item.procedureId +
      '/matrices/' + item.matrixId + '/samples/' + item.sampleId + '/attachments/' + item.attachmentId + '/export'); // blind-corpus: path=cjs-resolve-2
    return postJson(target, token, { format: 'pdf' }).then(accepted); // blind-corpus: site=cjs-resolve-2
  }));
}

function sleep(ms) {
  return new Promise(function (r) { setTimeout(r, ms); });
}

function waitForOperation(token, location, retryAfter) {
  return sleep(retryAfter * 1000).then(function () {
    return send('GET', location, token);
  }).then(function (res) {
    const next = Number(res.headers['retry-after'] || retryAfter);
    if (res.status === 429 || res.status === 503) return waitForOperation(token, location, next);
    if (res.status !== 200) throw toError(res);
    const op = JSON.parse(res.body.toString('utf8'));
    if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return op;
    return waitForOperation(token, location, next);
  });
}

function download(token, resource) {
  return send('GET', resource, token).then(function (res) {
    if (res.status !== 200) throw toError(res);
    return res.body;
  });
}

module.exports = { startExport: startExport, startExports: startExports, waitForOperation: waitForOperation, download: download };
