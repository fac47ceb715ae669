'use strict';
// workiva_client.cjs -- tiny "requests"-ish helpers over node's http/https, no dependencies.
const http = require('node:http');
const https = require('node:https');
const { URL } = require('node:url');

class HTTPError extends Error {
  constructor(status, url, body) {
    super(`${status} Error for url: ${url}: ${body}`);
    this.name = 'HTTPError';
    this.status = status;
  }
}

function request(method, url, { headers = {}, json, timeout = 30000 } = {}) {
  const target = new URL(url);
  const transport = target.protocol === 'https:' ? https : http;
  const payload = json === undefined ? undefined : Buffer.from(JSON.stringify(json));
  const allHeaders = Object.assign({}, headers);
  if (payload) {
    allHeaders['Content-Type'] = 'application/json';
    allHeaders['Content-Length'] = String(payload.length);
  }
  return new Promise((resolve, reject) => {
    const req = transport.request(target, { method, headers: allHeaders, timeout }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const content = Buffer.concat(chunks);
        resolve({
          status_code: res.statusCode || 0,
          headers: res.headers,
          content,
          url,
          text: () => content.toString('utf8'),
          json: () => JSON.parse(content.toString('utf8')),
          raise_for_status() {
            if (this.status_code >= 400) throw new HTTPError(this.status_code, url, content.toString('utf8'));
          },
        });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeout}ms: ${method} ${url}`)));
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

const get = (url, opts) => request('GET', url, opts);
const post = (url, opts) => request('POST', url, opts);

function sleep(seconds) {
  return new Promise((r) => setTimeout(r, seconds * 1000));
}

function retry_after(resp, fallback) {
  const v = parseInt(String(resp.headers['retry-after'] || ''), 10);
  return Number.isNaN(v) ? fallback : v;
}

async function export_sample_attachment(api_url, token, sample) {
  const auth = { Authorization: 'Bearer ' + token, Accept: 'application/json' };
  const path =
    '/prototype/platform/audits/' + sample.audit_id + '/procedures/' + sample.procedure_id +
    '/matrices/' + sample.matrix_id + '/samples/' + sample.sample_id +
    '/attachments/' + sample.attachment_id + '/export'; // blind-corpus: path=py-cjs-1
  const resp = await post(api_url + path, { headers: auth, json: { format: 'pdf' } }); // blind-corpus: site=py-cjs-1
  resp.raise_for_status();
  const op_url = resp.headers.location;
  let wait = retry_after(resp, 3);
  for (;;) {
    await sleep(wait);
    const poll = await get(op_url, { headers: auth });
    poll.raise_for_status();
    const op = poll.json();
    if (op.status === 'completed') {
      const pdf = await get(op.resourceUrl || op.resourceURL, { headers: { Authorization: auth.Authorization } });
      pdf.raise_for_status();
      return pdf.content;
    }
    if (op.status === 'failed' || op.status === 'cancelled') {
      throw new Error('export ' + op.status + ' (operation ' + op.id + ', request ' + op.originalRequest + ')');
    }
    wait = retry_after(poll, 3);
  }
}

module.exports = { get, post, request, HTTPError, export_sample_attachment };
