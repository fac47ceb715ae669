'use strict';

const { request } = require('undici');
const { setTimeout: sleep } = require('node:timers/promises');

const API_VERSION = '2022-01-01';

function seconds(header, fallback) {
  const value = Array.isArray(header) ? header[0] : header;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

async function failure(res, what) {
  let body = {};
  try {
    body = await res.body.json();
  } catch (_) {
    /* not JSON */
  }
  const err = new Error(`${what}: HTTP ${res.statusCode} ${body.code || ''} ${body.message || ''}`.trim());
  err.statusCode = res.statusCode;
  return err;
}

/**
 * Connector descriptor picked up by the loader at boot (see ../loader.ts).
 * @param {{ baseUrl: string, token: string }} config
 */
module.exports = function workivaConnector(config) {
  const auth = { authorization: `Bearer ${config.token}` };

  async function startExport(target) {
    const path = '/prototype/platform/audits/' + target.auditId + '/procedures/' + target.procedureId + // blind-corpus: path=conn-undici-1
      '/matrices/' + target.matrixId + '/samples/' + target.sampleId + '/attachments/' + target.attachmentId + '/export';
    const res = await request(new URL(path, config.baseUrl), { // blind-corpus: site=conn-undici-1
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', accept: 'application/json', 'x-version': API_VERSION },
      body: JSON.stringify({ format: 'pdf' }),
    });
    if (res.statusCode !== 202) throw await failure(res, 'export');
    await res.body.dump();
    return { location: String(res.headers.location), retryAfter: seconds(res.headers['retry-after'], 2) };
  }

  async function poll(location, wait) {
    for (let i = 0; i < 120; i++) {
      await sleep(wait * 1000);
      const res = await request(location, { headers: { ...auth, accept: 'application/json' } });
      if (res.statusCode === 429 || res.statusCode === 503) {
        await res.body.dump();
        wait = seconds(res.headers['retry-after'], wait * 2);
        continue;
      }
      if (res.statusCode !== 200) throw await failure(res, 'poll');
      const op = await res.body.json();
      if (op.status === 'completed') return op.resourceUrl || op.resourceURL;
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.id} ${op.status}`);
      wait = seconds(res.headers['retry-after'], wait);
    }
    throw new Error('export did not complete in time');
  }

  return {
    name: 'workiva',
    capabilities: ['attachments:export'],
    async exportAttachment(target) {
      const { location, retryAfter } = await startExport(target);
      const resourceUrl = await poll(location, retryAfter);
      const res = await request(resourceUrl, { headers: auth });
      if (res.statusCode !== 200) throw await failure(res, 'download');
      return new Uint8Array(await res.body.arrayBuffer());
    },
  };
};
