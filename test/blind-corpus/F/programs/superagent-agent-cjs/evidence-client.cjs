'use strict';

const superagent = require('superagent');
const { promisify } = require('node:util');

const sleep = promisify(setTimeout);

class EvidenceClient {
  constructor(options) {
    this.apiUrl = options.apiUrl.replace(/\/$/, '');
    this.agent = superagent
      .agent()
      .set('Authorization', 'Bearer ' + options.token)
      .set('Accept', 'application/json')
      .timeout({ response: 20000, deadline: 60000 });
    this.log = options.log || (() => {});
  }

  samplePath(sample) {
    return this.apiUrl + '/prototype/platform/audits/' + sample.auditId + '/procedures/' + sample.procedureId + '/matrices/' + sample.matrixId + '/samples/' + sample.sampleId;
  }

  async sample(sample) {
    const res = await this.agent.get(this.samplePath(sample));
    return res.body;
  }

  async requestPdf(sample, attachmentId) {
    const res = await this.agent
      .post(this.samplePath(sample) + '/attachments/' + attachmentId + '/export') // blind-corpus: site=superagent-cjs-1
      .type('json')
      .send({ format: 'pdf' });
    return { location: res.headers.location, retryAfter: parseInt(res.headers['retry-after'] || '1', 10) };
  }

  async waitFor(location, retryAfter) {
    let delay = retryAfter;
    for (;;) {
      await sleep(delay * 1000);
      const res = await this.agent.get(location);
      this.log('poll', res.body.status);
      if (['completed', 'failed', 'cancelled'].indexOf(res.body.status) !== -1) return res.body;
      delay = parseInt(res.headers['retry-after'] || '1', 10);
    }
  }

  async download(url) {
    const res = await this.agent.get(url).set('Accept', 'application/pdf').buffer(true).parse(superagent.parse['application/octet-stream']);
    return res.body;
  }
}

module.exports = EvidenceClient;
module.exports.EvidenceClient = EvidenceClient;
