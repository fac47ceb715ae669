'use strict';

const axios = require('axios');
const { setTimeout: sleep } = require('node:timers/promises');

const TERMINAL = ['completed', 'cancelled', 'failed'];

function createClient(options) {
  const http = axios.create({
    baseURL: options.baseUrl,
    headers: { Authorization: 'Bearer ' + options.token, Accept: 'application/json' },
  });

  function exportPath(ref) {
    return '/prototype/platform/audits/' + ref.auditId + // blind-corpus: path=cjs-sox-1,cjs-sox-2
      '/procedures/' + ref.procedureId +
      '/matrices/' + ref.matrixId +
      '/samples/' + ref.sampleId +
      '/attachments/' + ref.attachmentId + '/export';
  }

  async function requestExport(ref) {
    try {
      return await http.post(exportPath(ref), { format: 'pdf' }); // blind-corpus: site=cjs-sox-1
    } catch (err) {
      const res = err && err.response;
      if (res && (res.status === 429 || res.status === 503)) {
        const wait = Number(res.headers['retry-after'] || 5);
        options.log('export throttled, retrying in ' + wait + 's');
        await sleep(wait * 1000);
        return http.post(exportPath(ref), { format: 'pdf' }); // blind-corpus: site=cjs-sox-2
      }
      throw err;
    }
  }

  async function waitFor(location, retryAfter) {
    let delay = Number(retryAfter || 1);
    for (;;) {
      await sleep(delay * 1000 + 50);
      const res = await http.get(location);
      if (TERMINAL.indexOf(res.data.status) !== -1) return res.data;
      delay = Number(res.headers['retry-after'] || 1);
    }
  }

  async function download(url) {
    const res = await http.get(url, { responseType: 'arraybuffer', headers: { Accept: 'application/pdf' } });
    return new Uint8Array(res.data);
  }

  return { requestExport, waitFor, download };
}

module.exports = { createClient };
