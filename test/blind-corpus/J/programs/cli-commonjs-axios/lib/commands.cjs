'use strict';

const fs = require('node:fs');
const { promisify } = require('node:util');
const sleep = promisify(setTimeout);

function exportUrl(a) {
  return `/prototype/platform/audits/${a.audit}/procedures/${a.procedure}/matrices/${a.matrix}/samples/${a.sample}/attachments/${a.attachment}/export`; // blind-corpus: path=cli-cjs-2
}

async function waitAndDownload(client, accepted, log) {
  let retryAfter = parseInt(accepted.headers['retry-after'], 10) || 2;
  const location = accepted.headers.location;
  for (;;) {
    await sleep(retryAfter * 1000);
    const { data: op, headers } = await client.get(location);
    log(`  ${op.id}: ${op.status}`);
    if (op.status === 'completed') {
      const res = await client.get(op.resourceUrl || op.resourceURL, { responseType: 'arraybuffer' });
      return Buffer.from(res.data);
    }
    if (op.status === 'failed' || op.status === 'cancelled') {
      throw new Error(`export ${op.status} (request id ${op.originalRequest})`);
    }
    retryAfter = parseInt(headers['retry-after'], 10) || retryAfter;
  }
}

const commands = {
  async export(client, args, log) {
    const url = `/prototype/platform/audits/${args.audit}/procedures/${args.procedure}/matrices/${args.matrix}` + // blind-corpus: path=cli-cjs-1
      `/samples/${args.sample}/attachments/${args.attachment}/export`;
    log(`Exporting attachment ${args.attachment}...`);
    const accepted = await client.post(url, { format: 'pdf' }); // blind-corpus: site=cli-cjs-1
    const pdf = await waitAndDownload(client, accepted, log);
    fs.writeFileSync(args.out, pdf);
    return pdf;
  },

  // wdesk export-batch --file attachments.csv --out-dir ./pdfs
  async 'export-batch'(client, args, log) {
    const rows = fs.readFileSync(args.file, 'utf8').split(/\r?\n/).filter((l) => l && !l.startsWith('#'));
    const results = [];
    for (const row of rows) {
      const [audit, procedure, matrix, sample, attachment] = row.split(',').map((s) => s.trim());
      const accepted = await client.post(exportUrl({ audit, procedure, matrix, sample, attachment }), { format: 'pdf' }); // blind-corpus: site=cli-cjs-2
      const pdf = await waitAndDownload(client, accepted, log);
      fs.writeFileSync(`${args['out-dir']}/${attachment}.pdf`, pdf);
      results.push(pdf);
    }
    return results[0];
  },

  async audit(client, args) {
    const { data } = await client.get(`/prototype/platform/audits/${args.audit}`);
    return Buffer.from(JSON.stringify(data));
  },
};

module.exports = { commands };
