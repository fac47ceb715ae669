'use strict';

var http = require('http');
var https = require('https');
var url = require('url');

var API_ROOT = process.env.WORKIVA_API_URL;
var TOKEN = process.env.WORKIVA_TOKEN;

function parseBody(res, cb) {
  var chunks = [];
  res.on('data', function (c) { chunks.push(c); });
  res.on('error', cb);
  res.on('end', function () { cb(null, Buffer.concat(chunks)); });
}

function transportFor(u) {
  return u.protocol === 'https:' ? https : http;
}

function requestExport(ids, cb) {
  var target = new url.URL(API_ROOT);
  var options = {
    protocol: target.protocol,
    hostname: target.hostname,
    port: target.port,
    method: 'POST',
    path: '/prototype/platform/audits/' + encodeURIComponent(ids.auditId) + '/procedures/' + encodeURIComponent(ids.procedureId) +
      '/matrices/' + encodeURIComponent(ids.matrixId) + '/samples/' + encodeURIComponent(ids.sampleId) +
      '/attachments/' + encodeURIComponent(ids.attachmentId) + '/export', // blind-corpus: path=cjs-https-raw-1
    headers: { Authorization: 'Bearer ' + TOKEN, 'Content-Type': 'application/json', Accept: 'application/json' },
  };
  var req = transportFor(target).request(options, function (res) { // blind-corpus: site=cjs-https-raw-1
    parseBody(res, function (err, body) {
      if (err) return cb(err);
      if (res.statusCode !== 202) return cb(new Error('export failed: ' + res.statusCode + ' ' + body.toString()));
      cb(null, { location: res.headers.location, retryAfter: parseInt(res.headers['retry-after'] || '1', 10) });
    });
  });
  req.on('error', cb);
  req.end(JSON.stringify({ format: 'pdf' }));
}

function getWithToken(href, cb) {
  var u = new url.URL(href);
  transportFor(u).get(u, { headers: { Authorization: 'Bearer ' + TOKEN } }, function (res) {
    parseBody(res, function (err, body) {
      if (err) return cb(err);
      if (res.statusCode >= 400) return cb(new Error('GET ' + u.pathname + ' failed: ' + res.statusCode));
      cb(null, body, res.headers);
    });
  }).on('error', cb);
}

function waitForOperation(location, seconds, cb) {
  setTimeout(function () {
    getWithToken(location, function (err, body, headers) {
      if (err) return cb(err);
      var op;
      try { op = JSON.parse(body.toString()); } catch (e) { return cb(e); }
      if (op.status === 'completed') return cb(null, op.resourceUrl || op.resourceURL);
      if (op.status === 'failed' || op.status === 'cancelled') return cb(new Error('operation ' + op.id + ' ' + op.status));
      waitForOperation(location, parseInt(headers['retry-after'] || String(seconds), 10), cb);
    });
  }, seconds * 1000 + 30);
}

exports.exportAttachmentPdf = function (ids, cb) {
  requestExport(ids, function (err, accepted) {
    if (err) return cb(err);
    waitForOperation(accepted.location, accepted.retryAfter, function (err2, resourceUrl) {
      if (err2) return cb(err2);
      getWithToken(resourceUrl, function (err3, pdf) { cb(err3 || null, pdf); });
    });
  });
};
