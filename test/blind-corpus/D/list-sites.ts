// Scans the corpus programs for `blind-corpus:` annotations and writes sites.json.
// Usage: npx tsx list-sites.ts  (run from anywhere)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Client library and style per program (the annotations carry only ids). */
const PROGRAMS: Record<string, { client: string; style: string }> = {
  'workpapers-api-layer': { client: 'fetch', style: 'team HTTP layer class, private request(method, path, opts)' },
  'evidence-exporter-di': { client: 'fetch (injected HttpClient interface)', style: 'constructor-injected client implemented in another module' },
  'compliance-sync-headers': { client: 'fetch', style: 'headers from helper functions' },
  'attachment-archiver-headers': { client: 'fetch', style: 'Headers instance, URL.pathname from segment list' },
  'oauth-token-session': { client: 'fetch', style: 'await this.authHeaders(), client-credentials token, recursive poll' },
  'request-init-builder': { client: 'fetch', style: 'RequestInit helper; Request object sent later' },
  'axios-interceptor-client': { client: 'axios', style: 'instance from another module with bearer interceptor; isAxiosError' },
  'got-extend-client': { client: 'got', style: 'got.extend({prefixUrl, hooks}) in another module; HTTPError' },
  'ky-prefix-hooks': { client: 'ky', style: 'ky.create prefixUrl + beforeRequest hook; async iterator poll' },
  'undici-evidence-pull': { client: 'undici', style: 'undici.request and Pool.request (statusCode/headers/body)' },
  'node-fetch-typed-response': { client: 'node-fetch', style: 'Response passed to functions typed with node-fetch Response' },
  'superagent-chains': { client: 'superagent', style: 'chain and agent' },
  'https-callback-legacy': { client: 'node:http/https', style: 'request with callback' },
  'endpoint-table-routes': { client: 'fetch (team client)', style: 'route map endpoints.sampleExport(ref)' },
  'retry-wrapper-fetch': { client: 'fetch', style: 'withRetry(() => fetch(...)); path template with placeholders' },
  'export-job-worker': { client: 'fetch', style: 'queue worker, several exports per run' },
  'legacy-cjs-module': { client: 'node:http/https (CommonJS)', style: '.cjs module with require, loaded via createRequire' },
  'use-export-hook': { client: 'fetch', style: 'React-style data hook, closure state, timers' },
  'openapi-generated-client': { client: 'fetch (OpenAPI generated)', style: 'runtime.ts + apis/SampleAttachmentsApi.ts' },
  'axios-default-errors': { client: 'axios', style: 'axios.post / axios.request, isAxiosError retry on 429/503' },
  'timer-event-poller': { client: 'fetch', style: 'class getter path, EventEmitter + setTimeout poller' },
  'config-module-mts': { client: 'axios', style: '.mts modules, env config, OAuth token, segment join' },
  'got-direct-json': { client: 'got', style: 'got.post with URL object; HTTPError/RequestError' },
  'batch-export-cli': { client: 'fetch', style: 'CSV manifest, concurrency-limited batch, two call branches' },
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
    return statSync(full).isDirectory() ? walk(full) : /\.(c|m)?[jt]s$/.test(name) ? [full] : [];
  });
}

const sites = new Map<string, Omit<Site, 'pathLine'>>();
const paths = new Map<string, { file: string; line: number }>();
for (const full of walk(path.join(root, 'programs')).sort()) {
  const file = path.relative(root, full).split(path.sep).join('/');
  readFileSync(full, 'utf8').split('\n').forEach((text, i) => {
    const m = /\/\/ blind-corpus: (site|path)=([\w,-]+)\s*$/.exec(text);
    if (!m) return;
    const program = file.split('/')[1]!;
    const meta = PROGRAMS[program] ?? { client: 'unknown', style: 'unknown' };
    for (const id of m[2]!.split(',')) {
      if (m[1] === 'site') {
        if (sites.has(id)) throw new Error(`duplicate site id ${id}`);
        sites.set(id, { id, file, line: i + 1, ...meta });
      } else {
        paths.set(id, { file, line: i + 1 });
      }
    }
  });
}

const out: Site[] = [...sites.values()].map((s) => {
  const p = paths.get(s.id);
  return { ...s, pathLine: p ? p.line : null, ...(p && p.file !== s.file ? { pathFile: p.file } : {}) };
});
for (const id of paths.keys()) if (!sites.has(id)) throw new Error(`path annotation without site: ${id}`);
writeFileSync(path.join(root, 'sites.json'), JSON.stringify(out, null, 2) + '\n');
console.log(`${out.length} sites in ${new Set(out.map((s) => s.file.split('/')[1])).size} programs`);
