'use strict';

const axios = require('axios');

const DEFAULT_TIMEOUT_MS = 30000;

function createClient(options) {
  const http = axios.create({
    baseURL: options.baseUrl,
    timeout: options.timeoutMs || DEFAULT_TIMEOUT_MS,
    headers: {
      Authorization: 'Bearer ' + options.token,
      Accept: 'application/json',
      'X-Version': '2022-01-01',
    },
  });

  function attachmentRoot(ids) {
    return '/prototype/platform/audits/' + ids.auditId + '/procedures/' + ids.procedureId + '/matrices/' + ids.matrixId + '/samples/' + ids.sampleId + '/attachments/' + ids.attachmentId;
  }

  function toHandle(res) {
    return { location: res.headers.location, retryAfter: Number(res.headers['retry-after'] || 1) };
  }

  return {
    startExport: function (ids) {
      return http.post(attachmentRoot(ids) + '/export', { format: 'pdf' }).then(toHandle); // blind-corpus: site=axios-cjs-1
    },

    startExports: async function (idList) {
      const handles = [];
      for (const ids of idList) {
        const res = await http.post( // blind-corpus: site=axios-cjs-2
          `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, // blind-corpus: path=axios-cjs-2
          { format: 'pdf' },
        );
        handles.push(toHandle(res));
      }
      return handles;
    },

    getSample: function (ids) {
      return http.get('/prototype/platform/audits/' + ids.auditId + '/procedures/' + ids.procedureId + '/matrices/' + ids.matrixId + '/samples/' + ids.sampleId).then((r) => r.data);
    },

    readOperation: function (location) {
      return http.get(location).then((res) => ({ op: res.data, retryAfter: Number(res.headers['retry-after'] || 1) }));
    },

    download: function (url) {
      return http.get(url, { responseType: 'arraybuffer', headers: { Accept: 'application/pdf' } }).then((res) => res.data);
    },
  };
}

module.exports = { createClient };
