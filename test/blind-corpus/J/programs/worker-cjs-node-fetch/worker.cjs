'use strict';

// node-fetch v3 is ESM-only; this is the usual CommonJS shim.
const fetch = (...args) => import('node-fetch').then(({ default: f }) => f(...args));
const { setTimeout: delay } = require('node:timers/promises');

const TERMINAL = ['completed', 'failed', 'cancelled'];

class RetryableError extends Error {
  constructor(message, retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

function config() {
  const apiUrl = process.env.WORKIVA_API_URL;
  const token = process.env.WORKIVA_TOKEN;
  if (!apiUrl || !token) throw new Error('WORKIVA_API_URL and WORKIVA_TOKEN must be set for the export worker');
  return { apiUrl: apiUrl.replace(/\/$/, ''), token };
}

async function check(res, step) {
  if (res.status === 429 || res.status === 503) {
    throw new RetryableError(`${step}: ${res.status}`, Number(res.headers.get('retry-after')) || 5);
  }
  if (!res.ok) {
    const err = await res.json().catch(() => ({}));
    throw new Error(`${step}: ${res.status} ${err.code || ''} ${err.message || ''}`);
  }
  return res;
}

async function exportAttachment(job) {
  const { apiUrl, token } = config();
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = job.data;

  const started = await check(
    await fetch(`${apiUrl}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, { // blind-corpus: site=worker-nf-1
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ format: 'pdf' }),
    }),
    'start export',
  );
  const location = started.headers.get('location');
  let retryAfter = Number(started.headers.get('retry-after')) || 1;
  let op;
  do {
    await delay(retryAfter * 1000);
    const res = await check(await fetch(location, { headers }), 'poll export');
    op = await res.json();
    retryAfter = Number(res.headers.get('retry-after')) || retryAfter;
  } while (!TERMINAL.includes(op.status));

  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
  const pdf = await check(await fetch(op.resourceUrl || op.resourceURL, { headers: { Authorization: headers.Authorization } }), 'download');
  return Buffer.from(await pdf.arrayBuffer());
}

async function processWithRetry(job, maxAttempts = 4) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await exportAttachment(job);
    } catch (err) {
      if (!(err instanceof RetryableError) || attempt >= maxAttempts) throw err;
      await delay(Math.max(err.retryAfterSeconds * 1000, 500 * 2 ** attempt));
    }
  }
}

module.exports = { processWithRetry, exportAttachment, RetryableError };
