'use strict';

// Generic request helper shared by the CommonJS workers: request({ method, url, headers, body }).
const http = require('node:http');
const https = require('node:https');

function request(options) {
  const target = new URL(options.url);
  const transport = target.protocol === 'https:' ? https : http;
  const payload = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  const headers = Object.assign({}, options.headers);
  if (payload !== undefined) headers['content-length'] = Buffer.byteLength(payload);

  return new Promise((resolve, reject) => {
    const req = transport.request(target, { method: options.method || 'GET', headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const buffer = Buffer.concat(chunks);
        const type = String(res.headers['content-type'] || '');
        resolve({
          statusCode: res.statusCode,
          headers: res.headers,
          raw: buffer,
          body: type.includes('json') && buffer.length ? JSON.parse(buffer.toString('utf8')) : undefined,
        });
      });
    });
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

module.exports = request;
module.exports.request = request;
