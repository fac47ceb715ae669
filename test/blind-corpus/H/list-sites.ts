// Generates sites.json from the `blind-corpus:` annotations in programs/.
// Usage: npx tsx list-sites.ts   (run from anywhere; writes next to this file)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const corpus = path.dirname(fileURLToPath(import.meta.url));

/** Client library and style per program (positions come only from the annotations). */
const PROGRAMS: Record<string, { client: string; style: string }> = {
  'audit-evidence-service': { client: 'fetch', style: 'own HTTP client class, request(method, path); path helpers in another module' },
  'controls-sync-axios-di': { client: 'axios', style: 'axios.create in a DI container, OAuth client credentials, recursive poll' },
  'sox-binder-got': { client: 'got', style: 'got.extend prefixUrl + hooks, path method shared by two calls, async generator poll' },
  'workpaper-portal-ky': { client: 'ky', style: 'ky.create hooks with token refresh, extend prefixUrl, path inline on next line' },
  'legacy-attachments-superagent': { client: 'superagent', style: 'CommonJS .cjs prototype class, util.format route, callback .end()' },
  'fieldwork-undici-pool': { client: 'undici Pool', style: 'pool.request({ path }), segment array joined with /' },
  'evidence-cli-node-fetch': { client: 'node-fetch', style: 'script; new Request then fetch(req); relative URL resolved against base' },
  'node-http-raw-exporter': { client: 'node:http', style: 'own promise wrapper over http/https.request with URL object' },
  'export-job-queue': { client: 'fetch', style: 'in-process delayed job queue, poll as re-enqueued jobs' },
  'route-table-axios': { client: 'axios', style: 'route table with :params and fillRoute(), two call sites' },
  'halfway-migration-got': { client: 'got', style: 'feature flag between successor and deprecated endpoint' },
  'cts-reporting-undici': { client: 'undici fetch', style: 'CommonJS .cts with import = require, request object built by a helper' },
  'event-emitter-poller': { client: 'fetch', style: 'getter on a domain class, new URL(path, base), EventEmitter poller' },
  'batch-backfill-undici': { client: 'undici fetch', style: 'backfill batch with promise pool, re-POST after 429' },
  'functional-api-helpers': { client: 'fetch', style: 'closure-based apiCall(method, path, body), retry after cancelled' },
  'lambda-sqs-handler': { client: 'fetch', style: 'Lambda SQS handler, message DTO, template on next line' },
  'mts-undici-request': { client: 'undici request', style: '.mts module, segment list mapped with encodeURIComponent' },
  'superagent-agent-iterator': { client: 'superagent', style: 'superagent.agent() in a class, async iterator poll' },
  'gateway-port-got': { client: 'got', style: 'ports/adapters gateway, this.send(method, path), path split over array of templates' },
  'ky-document-center': { client: 'ky', style: 'service with several exports (files export is not the target)' },
  'axios-retry-interceptor': { client: 'axios', style: 'axios.request config object, 429 interceptor, deprecated string-concat variant' },
  'nightly-sync-interval': { client: 'node-fetch', style: 'settings file + env, URL.pathname assignment, timer-driven poll' },
  'endpoint-catalog-client': { client: 'fetch', style: 'endpoint definition objects executed by client.call(endpoint, params)' },
  'bff-graphql-resolvers': { client: 'fetch', style: 'GraphQL resolver map, encodeURIComponent per id' },
  'cjs-fetch-worker': { client: 'fetch', style: 'CommonJS .cjs worker class loaded with createRequire' },
  'internal-platform-sdk': { client: 'axios', style: 'internal SDK with chained resources, path prefix carried in fields' },
};

interface Site {
  id: string;
  file: string;
  line: number;
  pathLine: number | null;
  pathFile?: string;
  client: string;
  style: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.(c|m)?(t|j)s$/.test(name) ? [full] : [];
  });
}

const SITE = /\/\/ blind-corpus: site=([\w-]+)\s*$/;
const PATH = /\/\/ blind-corpus: path=([\w,-]+)\s*$/;

const sites: Site[] = [];
const paths = new Map<string, { file: string; line: number }>();
const programsDir = path.join(corpus, 'programs');

for (const program of readdirSync(programsDir).sort()) {
  const meta = PROGRAMS[program];
  if (!meta) throw new Error(`no client/style entry for program ${program}`);
  for (const file of walk(path.join(programsDir, program)).sort()) {
    const rel = path.relative(corpus, file).split(path.sep).join('/');
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const site = SITE.exec(text);
        if (site?.[1]) sites.push({ id: site[1], file: rel, line: index + 1, pathLine: null, ...meta });
        const p = PATH.exec(text);
        if (p?.[1]) {
          for (const id of p[1].split(',')) {
            if (paths.has(id)) throw new Error(`path annotation for ${id} appears twice`);
            paths.set(id, { file: rel, line: index + 1 });
          }
        }
      });
  }
}

const seen = new Set<string>();
for (const site of sites) {
  if (seen.has(site.id)) throw new Error(`duplicate site id ${site.id}`);
  seen.add(site.id);
  const p = paths.get(site.id);
  if (p) {
    site.pathLine = p.line;
    if (p.file !== site.file) site.pathFile = p.file;
  }
}
for (const id of paths.keys()) if (!seen.has(id)) throw new Error(`path annotation ${id} has no site`);

const ordered = sites.map(({ id, file, line, pathLine, pathFile, client, style }) => ({ id, file, line, pathLine, ...(pathFile ? { pathFile } : {}), client, style }));
writeFileSync(path.join(corpus, 'sites.json'), JSON.stringify(ordered, null, 2) + '\n');
console.log(`${sites.length} sites in ${new Set(sites.map((s) => s.file.split('/')[1])).size} programs`);
