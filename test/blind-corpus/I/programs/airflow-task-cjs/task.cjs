'use strict';
// Task body invoked by the orchestrator's Node operator: export_attachment_pdf.
const { setTimeout: sleep } = require('node:timers/promises');

const TERMINAL = new Set(['completed', 'failed', 'cancelled']);

function log(level, msg, extra) {
  process.stderr.write(JSON.stringify(Object.assign({ ts: new Date().toISOString(), level, task: 'export_attachment_pdf', msg }, extra || {})) + '\n');
}

async function getToken(conf) {
  const res = await fetch(conf.api_url + '/iam/v1/oauth2/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: conf.client_id, client_secret: conf.client_secret }),
  });
  if (!res.ok) throw new Error('token request failed: ' + res.status);
  return (await res.json()).access_token;
}

async function execute(context) {
  const conf = context.conf;
  const p = context.params;
  const token = await getToken(conf);
  const auth = { Authorization: 'Bearer ' + token };
  const exportPath = '/prototype/platform/audits/' + p.audit_id + '/procedures/' + p.procedure_id + '/matrices/' + p.matrix_id + '/samples/' + p.sample_id + '/attachments/' + p.attachment_id + '/export'; // blind-corpus: path=airflow-cjs-1
  const started = await fetch(conf.api_url + exportPath, { method: 'POST', headers: Object.assign({ 'Content-Type': 'application/json' }, auth), body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=airflow-cjs-1
  if (started.status !== 202) {
    const err = await started.json().catch(() => ({}));
    log('error', 'export not accepted', { status: started.status, code: err.code });
    throw new Error('export not accepted: ' + started.status);
  }
  const location = started.headers.get('Location');
  let wait = Number(started.headers.get('Retry-After') || 1);
  let op;
  do {
    await sleep(wait * 1000);
    const res = await fetch(location, { headers: auth });
    op = await res.json();
    log('info', 'operation status', { status: op.status, run_id: context.run_id });
    wait = Number(res.headers.get('Retry-After') || wait);
  } while (!TERMINAL.has(op.status));
  if (op.status !== 'completed') throw new Error('export ' + op.status);
  const file = await fetch(op.resourceUrl, { headers: auth });
  const bytes = Buffer.from(await file.arrayBuffer());
  context.xcom_push('pdf_size', bytes.length);
  return bytes;
}

module.exports = { execute };
