'use strict';
/* eslint-disable no-console */
const { setTimeout: sleep } = require('node:timers/promises');
const { EventEmitter } = require('node:events');

const BASE = process.env.WORKIVA_API_URL;
const TOKEN = process.env.WORKIVA_TOKEN;

class ExportWorker extends EventEmitter {
  constructor(opts) {
    super();
    this.baseUrl = (opts && opts.baseUrl) || BASE;
    this.token = (opts && opts.token) || TOKEN;
  }

  headers(json) {
    const h = { Authorization: 'Bearer ' + this.token, Accept: 'application/json' };
    if (json) h['Content-Type'] = 'application/json';
    return h;
  }

  async handle(message) {
    const { audit, procedure, matrix, sample, attachment } = message.ids;
    const url = `${this.baseUrl}/prototype/platform/audits/${audit}/procedures/${procedure}/matrices/${matrix}/samples/${sample}/attachments/${attachment}/export`; // blind-corpus: path=cjs-worker-1
    const started = await fetch(url, { method: 'POST', headers: this.headers(true), body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=cjs-worker-1
    if (started.status !== 202) {
      const err = await started.json().catch(() => ({}));
      throw new Error('export failed: ' + started.status + ' ' + (err.message || ''));
    }
    const location = started.headers.get('location');
    let retryAfter = parseInt(started.headers.get('retry-after') || '1', 10);
    this.emit('accepted', { messageId: message.id, location });

    let op;
    do {
      await sleep(retryAfter * 1000 + 100);
      const res = await fetch(location, { headers: this.headers(false) });
      retryAfter = parseInt(res.headers.get('retry-after') || String(retryAfter), 10);
      if (res.status === 429) continue;
      op = await res.json();
      this.emit('progress', { messageId: message.id, status: op.status });
    } while (!op || ['acknowledged', 'queued', 'started'].includes(op.status));

    if (op.status !== 'completed') throw new Error('operation ' + op.id + ' ' + op.status);
    const file = await fetch(op.resourceUrl || op.resourceURL, { headers: { Authorization: 'Bearer ' + this.token } });
    return Buffer.from(await file.arrayBuffer());
  }
}

module.exports = ExportWorker;
module.exports.ExportWorker = ExportWorker;
