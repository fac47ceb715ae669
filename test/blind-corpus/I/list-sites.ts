// Scans the corpus for `blind-corpus:` annotations and writes sites.json.
// Usage: npx tsx list-sites.ts   (run from anywhere; paths are relative to this folder)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const SOURCE = /\.(ts|mts|cts|js|mjs|cjs)$/;

interface Site {
  id: string;
  file: string;
  line: number;
  pathLine: number | null;
  pathFile?: string;
  client: string;
  style: string;
}

/** Client library and style of each program, keyed by program folder. */
const PROGRAMS: Record<string, { client: string; style: string }> = {
  'ledger-evidence-service': { client: 'axios', style: 'fintech: hand-written DI decorators, provider wrapping an axios instance' },
  'compliance-gateway': { client: 'undici', style: 'fintech: decorated controller, undici Pool client, OAuth client credentials, segment list' },
  'reconciliation-worker': { client: 'got', style: 'fintech: got.extend instance, async generator polling, retry on failed export' },
  'kyc-evidence-archiver': { client: 'ky', style: 'fintech: ky.create with prefixUrl, segment array join, recursive timer polling' },
  'pull-attachment-pdf': { client: 'fetch', style: 'consultancy script: string concatenation, do/while polling, writes file' },
  'evidence-bundle-cjs': { client: 'node:http', style: 'consultancy CommonJS helper with own send() over http/https' },
  'client-deliverable-pack': { client: 'superagent', style: 'consultancy: superagent agent chain' },
  'quick-export-axios': { client: 'axios', style: 'consultancy: axios(config) with path helper in another module' },
  'sox-sampling-cli': { client: 'node-fetch', style: 'consultancy CLI: parseArgs, .mts session class' },
  'controls-portal-backend': { client: 'fetch', style: 'enterprise monorepo: shared http package + shared route table' },
  'enterprise-reporting-sdk': { client: 'got', style: 'enterprise SDK: fluent resource builder, operation handle' },
  'evidence-sync-cts': { client: 'undici', style: 'enterprise CommonJS .cts module with import = require' },
  'audit-export-gateway': { client: 'undici', style: 'enterprise gateway: undici fetch with Agent dispatcher, URL object' },
  'shared-fetch-wrapper': { client: 'fetch', style: 'enterprise: apiFetch wrapper, recursive polling, retry on 429/503' },
  'lambda-export-handler': { client: 'fetch', style: 'serverless: step-function lambdas, API Gateway path parameters' },
  'api-route-evidence': { client: 'ky', style: 'serverless: API route with ky.extend hooks' },
  'queue-consumer-fn': { client: 'node-fetch', style: 'serverless: queue consumer, JSON message payload' },
  'edge-export-fn': { client: 'fetch', style: 'serverless edge: Request object built then sent' },
  'scheduled-export-cron': { client: 'got', style: 'serverless cron: OAuth token, EventEmitter timer polling' },
  'nightly-evidence-batch': { client: 'got', style: 'data batch: CSV manifest, work queue with retries' },
  'etl-attachment-extract': { client: 'axios', style: 'data ETL: axios instance, async generators, segment join' },
  'airflow-task-cjs': { client: 'fetch', style: 'data orchestrator task in CommonJS .cjs, OAuth token' },
  'warehouse-loader': { client: 'undici', style: 'data loader: undici fetch, URL pathname assignment' },
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : walk(full);
    return SOURCE.test(name) ? [full] : [];
  });
}

const sites = new Map<string, Site>();
const paths = new Map<string, { file: string; line: number }>();

for (const full of walk(path.join(root, 'programs')).sort()) {
  const file = path.relative(root, full).split(path.sep).join('/');
  const program = file.split('/')[1] ?? '';
  const lines = readFileSync(full, 'utf8').split('\n');
  lines.forEach((text, i) => {
    const m = /\/\/ blind-corpus: (site|path)=([\w,-]+)\s*$/.exec(text);
    if (!m) return;
    const ids = (m[2] ?? '').split(',');
    for (const id of ids) {
      if (m[1] === 'site') {
        if (sites.has(id)) throw new Error(`duplicate site ${id} in ${file}:${i + 1}`);
        const meta = PROGRAMS[program];
        if (!meta) throw new Error(`no client/style entry for program ${program}`);
        sites.set(id, { id, file, line: i + 1, pathLine: null, ...meta });
      } else {
        if (paths.has(id)) throw new Error(`duplicate path annotation ${id} in ${file}:${i + 1}`);
        paths.set(id, { file, line: i + 1 });
      }
    }
  });
}

for (const [id, p] of paths) {
  const site = sites.get(id);
  if (!site) throw new Error(`path annotation ${id} has no site`);
  site.pathLine = p.line;
  if (p.file !== site.file) site.pathFile = p.file;
}

const out = [...sites.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
writeFileSync(path.join(root, 'sites.json'), JSON.stringify(out, null, 2) + '\n');
console.log(`${out.length} sites in ${new Set(out.map((s) => s.file.split('/')[1])).size} programs`);
