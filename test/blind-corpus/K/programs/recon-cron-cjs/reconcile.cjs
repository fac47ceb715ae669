'use strict';

const { setTimeout: sleep } = require('node:timers/promises');
const { createHash } = require('node:crypto');
const config = require('./config.cjs');

function log(level, msg, fields) {
  process.stderr.write(JSON.stringify(Object.assign({ ts: new Date().toISOString(), level, job: 'sample-evidence-recon', msg }, fields)) + '\n');
}

function authHeaders(token) {
  return { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json', Accept: 'application/json' };
}

function seconds(res) {
  const n = parseInt(res.headers.get('retry-after') || '', 10);
  return Number.isNaN(n) ? 1 : n;
}

async function refreshToken() {
  // service account token is rotated by the vault agent into the environment file
  return process.env.WORKIVA_TOKEN;
}

async function exportEvidence(item, token) {
  const url =
    config.apiUrl +
    `/prototype/platform/audits/${item.auditId}/procedures/${item.procedureId}/matrices/${item.matrixId}/samples/${item.sampleId}/attachments/${item.attachmentId}/export`; // blind-corpus: path=recon-cjs-1,recon-cjs-2
  const body = JSON.stringify({ format: 'pdf' });

  let res = await fetch(url, { method: 'POST', headers: authHeaders(token), body }); // blind-corpus: site=recon-cjs-1
  if (res.status === 401) {
    log('warn', 'token rejected, refreshing once', { sample: item.sampleId });
    token = await refreshToken();
    res = await fetch(url, { method: 'POST', headers: authHeaders(token), body }); // blind-corpus: site=recon-cjs-2
  }
  if (res.status !== 202) {
    const err = await res.json().catch(() => ({}));
    throw new Error(`export failed: ${res.status} ${err.code || ''} ${err.message || ''}`);
  }

  const operationUrl = res.headers.get('location');
  let wait = seconds(res);
  for (let polls = 0; polls < config.pollCeiling; polls++) {
    await sleep(wait * 1000);
    const poll = await fetch(operationUrl, { headers: authHeaders(token) });
    if (poll.status === 429) {
      wait = seconds(poll);
      continue;
    }
    const op = await poll.json();
    if (op.status === 'completed') {
      const file = await fetch(op.resourceUrl || op.resourceURL, { headers: { Authorization: 'Bearer ' + token } });
      if (!file.ok) throw new Error('download failed: ' + file.status);
      const bytes = Buffer.from(await file.arrayBuffer());
      log('info', 'evidence exported', { sample: item.sampleId, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length });
      return bytes;
    }
    if (op.status === 'failed' || op.status === 'cancelled') {
      throw new Error(`operation ${op.id} ${op.status}; support ref ${op.originalRequest}`);
    }
    wait = seconds(poll);
  }
  throw new Error('gave up polling ' + operationUrl);
}

async function reconcile(items) {
  const results = [];
  for (const item of items) {
    try {
      results.push({ item, pdf: await exportEvidence(item, config.token) });
    } catch (e) {
      log('error', 'reconciliation item failed', { sample: item.sampleId, error: String(e && e.message) });
      results.push({ item, error: e });
    }
  }
  return results;
}

module.exports = { reconcile, exportEvidence };

if (require.main === module) {
  const items = JSON.parse(require('node:fs').readFileSync(process.argv[2] || 'recon-items.json', 'utf8'));
  reconcile(items).then((r) => {
    process.exitCode = r.some((x) => x.error) ? 1 : 0;
  });
}
