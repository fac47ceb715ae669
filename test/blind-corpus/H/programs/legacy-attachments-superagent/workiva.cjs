'use strict';

const superagent = require('superagent');
const { format } = require('node:util');

const EXPORT_ROUTE = '/prototype/platform/audits/%s/procedures/%s/matrices/%s/samples/%s/attachments/%s/export'; // blind-corpus: path=legacy-superagent-1
const TERMINAL = ['completed', 'failed', 'cancelled'];

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function WorkivaClient(options) {
  if (!(this instanceof WorkivaClient)) return new WorkivaClient(options);
  this.baseUrl = String(options.baseUrl).replace(/\/$/, '');
  this.token = options.token;
  this.log = options.log || function () {};
}

WorkivaClient.prototype.exportAttachment = function exportAttachment(rec, callback) {
  const self = this;
  const route = format(EXPORT_ROUTE, rec.audit_id, rec.procedure_id, rec.matrix_id, rec.sample_id, rec.attachment_id);
  superagent
    .post(self.baseUrl + route) // blind-corpus: site=legacy-superagent-1
    .set('Authorization', 'Bearer ' + self.token)
    .set('Content-Type', 'application/json')
    .set('Accept', 'application/json')
    .send({ format: 'pdf' })
    .end(function (err, res) {
      if (err) return callback(err);
      if (res.status !== 202) return callback(new Error('Unexpected status ' + res.status));
      callback(null, { location: res.headers.location, retryAfter: parseInt(res.headers['retry-after'], 10) || 1 });
    });
};

WorkivaClient.prototype.waitForOperation = async function waitForOperation(location, retryAfter) {
  let wait = retryAfter;
  for (let attempt = 0; attempt < 120; attempt++) {
    await sleep(wait * 1000 + 100);
    const res = await superagent.get(location).set('Authorization', 'Bearer ' + this.token).ok(function (r) {
      return r.status < 500;
    });
    if (res.status === 429) {
      wait = parseInt(res.headers['retry-after'], 10) || wait * 2;
      continue;
    }
    this.log('operation ' + res.body.id + ' is ' + res.body.status);
    if (TERMINAL.indexOf(res.body.status) !== -1) return res.body;
    wait = parseInt(res.headers['retry-after'], 10) || wait;
  }
  throw new Error('operation did not finish: ' + location);
};

WorkivaClient.prototype.download = function download(url) {
  return superagent
    .get(url)
    .set('Authorization', 'Bearer ' + this.token)
    .responseType('arraybuffer')
    .then(function (res) {
      return res.body;
    });
};

module.exports = { WorkivaClient: WorkivaClient };
