'use strict';

const http = require('node:http');
const https = require('node:https');

/**
 * Minimal JSON/bytes transport on node:https (node:http for local endpoints).
 * Resolves { status, headers, body: Buffer }; never rejects on HTTP status.
 */
function call(method, url, { headers = {}, body } = {}) {
  const target = new URL(url);
  const lib = target.protocol === 'https:' ? https : http;
  const payload = body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = lib.request(
      target,
      {
        method,
        headers: {
          ...headers,
          ...(payload ? { 'content-type': headers['content-type'] || 'application/json', 'content-length': payload.length } : {}),
        },
        timeout: 30000,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode || 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout calling ${method} ${target.pathname}`)));
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

module.exports = { call };
