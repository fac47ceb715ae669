'use strict';

var superagent = require('superagent');
var util = require('util');

var DEFAULT_VERSION = '2022-01-01';

/**
 * EvidenceClient - wraps the Workiva prototype platform endpoints we use for audit evidence.
 * @param {{ apiRoot: string, token: string, version?: string }} opts
 */
function EvidenceClient(opts) {
  if (!(this instanceof EvidenceClient)) return new EvidenceClient(opts);
  this.apiRoot = String(opts.apiRoot).replace(/\/$/, '');
  this.token = opts.token;
  this.version = opts.version || DEFAULT_VERSION;
}

EvidenceClient.prototype._auth = function (req) {
  return req
    .set('Authorization', 'Bearer ' + this.token)
    .set('Accept', 'application/json')
    .set('X-Version', this.version);
};

EvidenceClient.prototype.attachmentUrl = function (a) {
  return this.apiRoot + '/prototype/platform/audits/' + a.auditId + '/procedures/' + a.procedureId +
    '/matrices/' + a.matrixId + '/samples/' + a.sampleId + '/attachments/' + a.attachmentId;
};

/** Promise flavour (used by the newer code). */
EvidenceClient.prototype.exportAttachment = function (a, format) {
  return this._auth(superagent.post(this.attachmentUrl(a) + '/export')) // blind-corpus: site=superagent-cjs-1
    .type('json')
    .send({ format: format || 'pdf' })
    .ok(function (res) { return res.status === 202; })
    .then(function (res) {
      return { location: res.headers.location, retryAfter: parseInt(res.headers['retry-after'], 10) || 1 };
    });
};

/** Callback flavour (kept for the old report generator). */
EvidenceClient.prototype.exportAttachmentCb = function (a, cb) {
  var req = superagent('POST', this.attachmentUrl(a) + '/export'); // blind-corpus: site=superagent-cjs-2
  this._auth(req)
    .set('Content-Type', 'application/json')
    .send(JSON.stringify({ format: 'pdf' }))
    .end(function (err, res) {
      if (err) {
        var body = err.response && err.response.body;
        return cb(new Error('export failed: ' + ((body && body.message) || err.message)));
      }
      cb(null, { location: res.headers.location, retryAfter: Number(res.headers['retry-after'] || 1) });
    });
};

EvidenceClient.prototype.operation = function (location, cb) {
  this._auth(superagent.get(location)).end(function (err, res) {
    if (err) return cb(err);
    cb(null, res.body, Number(res.headers['retry-after'] || 1));
  });
};

EvidenceClient.prototype.download = function (url) {
  return this._auth(superagent.get(url))
    .set('Accept', 'application/pdf')
    .buffer(true)
    .parse(superagent.parse['application/octet-stream'] || function (res, done) {
      var chunks = [];
      res.on('data', function (c) { chunks.push(c); });
      res.on('end', function () { done(null, Buffer.concat(chunks)); });
    })
    .then(function (res) { return res.body; });
};

/** Polls until the operation is terminal, honouring Retry-After. */
EvidenceClient.prototype.waitForOperation = function (location, firstDelay, cb) {
  var self = this;
  function tick(delaySeconds) {
    setTimeout(function () {
      self.operation(location, function (err, op, retryAfter) {
        if (err) return cb(err);
        if (op.status === 'completed') return cb(null, op.resourceUrl || op.resourceURL);
        if (op.status === 'failed' || op.status === 'cancelled') return cb(new Error('export ' + op.status));
        tick(retryAfter);
      });
    }, delaySeconds * 1000 + 100);
  }
  tick(firstDelay);
};

EvidenceClient.prototype.waitForOperationAsync = util.promisify(EvidenceClient.prototype.waitForOperation);

module.exports = EvidenceClient;
module.exports.EvidenceClient = EvidenceClient;
