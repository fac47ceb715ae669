// Regenerates sites.json from the `blind-corpus: site=` / `path=` annotations in programs/.
// Usage: npx tsx list-sites.ts [--check]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Client library and style of each program (also used for the README table). */
export const programs: Record<string, { client: string; style: string }> = {
  'async-generator-poller': { client: 'fetch (global)', style: 'async generator poller, URL.pathname from a segment list' },
  'axios-command-handlers': { client: 'axios', style: 'plain ESM JavaScript command-handler map' },
  'axios-instance-interceptors': { client: 'axios', style: 'axios.create instance with interceptors, class wrapper' },
  'cli-export-attachment': { client: 'fetch (global)', style: 'CLI script (parseArgs), Request object sent by fetch' },
  'config-endpoint-catalog': { client: 'axios', style: 'endpoint catalog config with :param templates (other module)' },
  'cts-axios-service': { client: 'axios', style: 'CommonJS TypeScript (.cts, import = require, export =)' },
  'di-container-gateway': { client: 'fetch (global)', style: 'DI container, ports and adapters gateway' },
  'event-worker-emitter': { client: 'axios', style: 'event-driven worker on an EventEmitter bus' },
  'fluent-sdk-resources': { client: 'ky', style: 'SDK-like fluent resource chain' },
  'got-batch-job': { client: 'got', style: 'batch job with worker pool and resubmission' },
  'got-extend-prefix': { client: 'got', style: 'got.extend with prefixUrl and hooks, env settings' },
  'got-stream-download': { client: 'got', style: 'got instance, streamed download through pipeline' },
  'https-mts-module': { client: 'node:http/https', style: '.mts modules, request(url, options) + events.once' },
  'koa-style-middleware': { client: 'fetch (global)', style: 'koa-style composed middleware chain' },
  'ky-oauth-token-cache': { client: 'ky', style: 'ky prefixUrl instance + client-credentials token cache' },
  'lambda-handler-undici-fetch': { client: 'undici fetch', style: 'serverless (Lambda) handler with dispatcher' },
  'layered-repository-service': { client: 'fetch (global)', style: 'enterprise layers: HttpClient / repository / service' },
  'legacy-prototype-https': { client: 'node:http/https', style: 'legacy CommonJS prototype class with callbacks, %s routes' },
  'multi-tenant-registry': { client: 'fetch (global)', style: 'multi-tenant registry, Headers built by reduce, OAuth' },
  'node-fetch-functional-pipeline': { client: 'node-fetch', style: 'functional pipeline with Result types' },
  'node-fetch-retry-wrapper': { client: 'node-fetch', style: 'job class with retry/abort wrapper taking a closure' },
  'node-http-raw-request': { client: 'node:http/https', style: 'raw request options object, keep-alive agents' },
  'openapi-generated-client': { client: 'fetch (global)', style: 'openapi-generator typescript-fetch style client' },
  'scheduled-sync-undici-request': { client: 'undici request', style: 'interval ticker polling many operations, UrlObject' },
  'superagent-agent-plugins': { client: 'superagent', style: 'superagent agent with .use() plugins and bearer auth' },
  'superagent-legacy-cjs': { client: 'superagent', style: 'legacy CommonJS constructor function, promise + callback' },
  'undici-pool-dispatcher': { client: 'undici Pool', style: 'pooled transport wrapper keyed by origin' },
};

export interface Site {
  id: string;
  file: string;
  line: number;
  pathLine: number | null;
  pathFile?: string;
  client: string;
  style: string;
}

const SOURCE = /\.(ts|mts|cts|js|mjs|cjs)$/;
const MARK = /\/\/ blind-corpus: (site|path)=([\w,-]+)\s*$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : SOURCE.test(name) ? [full] : [];
  });
}

export function collectSites(): Site[] {
  const sites = new Map<string, Site>();
  const paths = new Map<string, { file: string; line: number }>();
  for (const file of walk(path.join(here, 'programs')).sort()) {
    const rel = path.relative(here, file).split(path.sep).join('/');
    const program = rel.split('/')[1]!;
    const meta = programs[program];
    if (!meta) throw new Error(`no metadata for program ${program}`);
    readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
      const m = MARK.exec(text);
      if (!m) return;
      const [, kind, value] = m;
      if (kind === 'site') {
        if (sites.has(value!)) throw new Error(`duplicate site id ${value}`);
        sites.set(value!, { id: value!, file: rel, line: i + 1, pathLine: null, client: meta.client, style: meta.style });
      } else {
        for (const id of value!.split(',')) paths.set(id, { file: rel, line: i + 1 });
      }
    });
  }
  for (const [id, loc] of paths) {
    const site = sites.get(id);
    if (!site) throw new Error(`path annotation for unknown site ${id} (${loc.file}:${loc.line})`);
    site.pathLine = loc.line;
    if (loc.file !== site.file) site.pathFile = loc.file;
  }
  return [...sites.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sites = collectSites();
  const json = JSON.stringify(sites, null, 2) + '\n';
  const out = path.join(here, 'sites.json');
  if (process.argv.includes('--check')) {
    if (readFileSync(out, 'utf8') !== json) throw new Error('sites.json is out of date; run list-sites.ts');
  } else {
    writeFileSync(out, json);
  }
  const perProgram = new Map<string, number>();
  for (const s of sites) perProgram.set(s.file.split('/')[1]!, (perProgram.get(s.file.split('/')[1]!) ?? 0) + 1);
  console.log(`${sites.length} sites in ${perProgram.size} programs`);
  if (process.argv.includes('--table')) {
    for (const [name, meta] of Object.entries(programs)) console.log(`| ${name} | ${meta.client} | ${meta.style} | ${perProgram.get(name) ?? 0} |`);
  }
}
