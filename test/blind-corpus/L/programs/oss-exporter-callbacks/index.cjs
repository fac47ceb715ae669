'use strict';
/**
 * workiva-attachment-exporter
 * Promise and (legacy) callback APIs for exporting Workiva sample attachments as PDF.
 */
const request = require('superagent');

const DEFAULT_BASE = 'https://api.app.wdesk.com';
const TERMINAL = { completed: true, failed: true, cancelled: true };

function attachmentPath(ids) {
  return `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=superagent-oss-1,superagent-oss-2
}

function binaryParser(res, cb) {
  const chunks = [];
  res.on('data', (c) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

class Exporter {
  constructor(opts) {
    if (!opts || !opts.token) throw new TypeError('opts.token is required');
    this.base = (opts.baseUrl || DEFAULT_BASE).replace(/\/$/, '');
    this.token = opts.token;
  }

  async exportPdf(ids) {
    const res = await request.post(this.base + attachmentPath(ids)).set('Authorization', 'Bearer ' + this.token).send({ format: 'pdf' }); // blind-corpus: site=superagent-oss-1
    const op = await this._wait(res.headers.location, Number(res.headers['retry-after'] || 1));
    return this._download(op);
  }

  /** @deprecated use exportPdf(); kept for 1.x users */
  exportPdfCallback(ids, done) {
    request
      .post(this.base + attachmentPath(ids)) // blind-corpus: site=superagent-oss-2
      .set('Authorization', 'Bearer ' + this.token)
      .set('Content-Type', 'application/json')
      .send({ format: 'pdf' })
      .end((err, res) => {
        if (err) return done(err);
        this._wait(res.headers.location, Number(res.headers['retry-after'] || 1))
          .then((op) => this._download(op))
          .then((pdf) => done(null, pdf), done);
      });
  }

  async _wait(location, seconds) {
    for (;;) {
      await new Promise((r) => setTimeout(r, seconds * 1000 + 50));
      const res = await request.get(location).set('Authorization', 'Bearer ' + this.token);
      if (TERMINAL[res.body.status]) {
        if (res.body.status !== 'completed') throw new Error('export ' + res.body.status);
        return res.body;
      }
      seconds = Number(res.headers['retry-after'] || 1);
    }
  }

  async _download(op) {
    const res = await request
      .get(op.resourceUrl || op.resourceURL)
      .set('Authorization', 'Bearer ' + this.token)
      .buffer(true)
      .parse(binaryParser);
    return res.body;
  }
}

module.exports = { Exporter, attachmentPath };
