'use strict';

const superagent = require('superagent');

const API_URL = (process.env.WORKIVA_API_URL || '').replace(/\/$/, '');
const TOKEN = process.env.WORKIVA_TOKEN || '';

function exportPath(d) {
  return [
    '/prototype/platform/audits', d.auditId, 'procedures', d.procedureId, 'matrices', d.matrixId, 'samples', d.sampleId, 'attachments', d.attachmentId, 'export', // blind-corpus: path=cjs-worker-1,cjs-worker-2
  ].join('/');
}

function delayFrom(res) {
  return (Number(res.header['retry-after']) || 1) * 1000 + 75;
}

function register(queue, onDone) {
  queue.process('attachment.export.start', async ({ data }) => {
    const res = await superagent.post(API_URL + exportPath(data)).set('Authorization', `Bearer ${TOKEN}`).send({ format: 'pdf' }); // blind-corpus: site=cjs-worker-1
    queue.add('attachment.export.poll', { ...data, location: res.header.location }, { delayMs: delayFrom(res) });
  });

  queue.process('attachment.export.poll', async ({ data }) => {
    const res = await superagent.get(data.location).set('Authorization', `Bearer ${TOKEN}`);
    const op = res.body;
    if (op.status === 'completed') {
      queue.add('attachment.export.download', { ...data, resourceUrl: op.resourceUrl || op.resourceURL });
    } else if (op.status === 'failed' || op.status === 'cancelled') {
      onDone(data.jobKey, new Error(`export ${op.id} ${op.status}`));
    } else {
      queue.add('attachment.export.poll', data, { delayMs: delayFrom(res) });
    }
  });

  queue.process('attachment.export.download', async ({ data }) => {
    const res = await superagent.get(data.resourceUrl).set('Authorization', `Bearer ${TOKEN}`).responseType('blob');
    onDone(data.jobKey, null, res.body);
  });

  // Re-drive exports whose operation was cancelled by an admin.
  queue.process('attachment.export.redrive', async ({ data }) => {
    await superagent.post(`${API_URL}${exportPath(data)}`) // blind-corpus: site=cjs-worker-2
      .set('Authorization', `Bearer ${TOKEN}`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ format: 'pdf' }));
  });

  queue.on('failed', (job, error) => onDone(job.data.jobKey, error));
}

module.exports = { register, exportPath };
