// Scans programs/ for `// blind-corpus: site=<id>` and `// blind-corpus: path=<id>[,<id>]` annotations
// and writes sites.json. Usage: npx tsx list-sites.ts [corpus dir]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Site {
  id: string;
  file: string;
  line: number;
  pathLine: number | null;
  pathFile: string | null;
  client: string;
  style: string;
}

/** Client library and style of each program, as described in README.md. */
const PROGRAMS: Record<string, { client: string; style: string }> = {
  'axios-instance-interceptors': { client: 'axios', style: 'axios.create instance + interceptors, route table module, env config' },
  'batch-exporter-axios': { client: 'axios', style: 'bounded-concurrency batch, 429 re-send loop, path helper' },
  'callback-cjs-https': { client: 'node:http/https', style: 'CommonJS .cjs, error-first callbacks, raw request options' },
  'config-driven-endpoints': { client: 'axios', style: 'endpoint catalogue with {placeholders}, invoke(name)' },
  'cron-batch-superagent': { client: 'superagent', style: 'scheduled job class, superagent.agent() with default headers' },
  'datasource-base-got': { client: 'got', style: 'RESTDataSource-like base class, resolver map' },
  'decorator-retry-circuit': { client: 'fetch (global)', style: 'TC39 method decorators: retry, circuit breaker, timing' },
  'env-hosts-feature-flag': { client: 'fetch (global)', style: 'regional hosts, feature flag picks successor/legacy, Request object' },
  'export-job-emitter': { client: 'fetch (global)', style: 'typed EventEmitter job, timer-driven polling' },
  'express-handler-ky': { client: 'ky', style: 'Express-style route handler, EventEmitter watcher' },
  'got-extend-hooks': { client: 'got', style: 'got.extend with prefixUrl + beforeRequest hook, async generator polling' },
  'hof-composed-fetch': { client: 'fetch (global)', style: 'composed fetch middlewares (higher-order functions)' },
  'ky-typed-api': { client: 'ky', style: 'typed nested API object over ky.create' },
  'legacy-cts-undici': { client: 'undici.request', style: 'CommonJS TypeScript (.cts, import = require, export =)' },
  'memoized-export-cache': { client: 'node-fetch', style: 'memoized promise cache, env config, Headers object' },
  'node-fetch-cjs-callbacks': { client: 'node-fetch', style: 'CommonJS .cjs, dynamic import of ESM node-fetch, string concatenation' },
  'node-http-helper': { client: 'node:http/https', style: 'own httpRequest(method, url) helper, new URL(relative, base)' },
  'oauth-undici-fetch': { client: 'undici.fetch', style: 'client-credentials token cache, resend on 401' },
  'openapi-generated-client': { client: 'fetch (global)', style: 'OpenAPI-generator style typescript-fetch client' },
  'plain-js-esm': { client: 'fetch (global)', style: 'plain ESM JavaScript, promise chains, callback + promise APIs' },
  'proxy-dynamic-client': { client: 'fetch (global)', style: 'Proxy-based fluent path builder' },
  'repository-dto-node-fetch': { client: 'node-fetch', style: 'DTO builds path, repository passes it to an injected HttpClient' },
  'segment-array-fetch': { client: 'fetch (global)', style: 'path from segment array, Headers, restart path' },
  'shared-sdk-base-client': { client: 'fetch (global)', style: 'internal SDK: abstract base client + resource subclass' },
  'stream-to-disk-got': { client: 'got', style: 'got(url, {method}) + got.stream piped to disk' },
  'successor-fallback-ky': { client: 'ky', style: 'successor-first with legacy fallback, ky.extend, joined segments' },
  'superagent-chained': { client: 'superagent', style: 'chained superagent request, recursive polling' },
  'undici-pool-request': { client: 'undici Pool', style: 'per-origin undici Pool, pool.request({path})' },
  'queue-consumer-axios': { client: 'axios', style: 'job-queue consumer, axios(config) call, delayed re-enqueue' },
};

const ANNOTATION = /\/\/ blind-corpus: (site|path)=([\w,-]+)\s*$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.(c|m)?[jt]s$/.test(name) ? [full] : [];
  });
}

export function listSites(corpus: string): Site[] {
  const sites = new Map<string, Site>();
  const paths = new Map<string, { file: string; line: number }>();
  for (const file of walk(path.join(corpus, 'programs')).sort()) {
    const rel = path.relative(corpus, file).split(path.sep).join('/');
    const program = rel.split('/')[1] ?? '';
    readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
      const m = ANNOTATION.exec(text);
      if (!m) return;
      for (const id of m[2]!.split(',')) {
        if (m[1] === 'site') {
          if (sites.has(id)) throw new Error(`duplicate site id ${id}`);
          const meta = PROGRAMS[program];
          if (!meta) throw new Error(`program ${program} has no client/style entry`);
          sites.set(id, { id, file: rel, line: i + 1, pathLine: null, pathFile: null, ...meta });
        } else {
          if (paths.has(id)) throw new Error(`duplicate path annotation for ${id}`);
          paths.set(id, { file: rel, line: i + 1 });
        }
      }
    });
  }
  for (const [id, p] of paths) {
    const site = sites.get(id);
    if (!site) throw new Error(`path annotation ${id} has no site`);
    site.pathLine = p.line;
    site.pathFile = p.file;
  }
  return [...sites.values()];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const corpus = path.resolve(process.argv[2] ?? path.dirname(fileURLToPath(import.meta.url)));
  const sites = listSites(corpus);
  writeFileSync(path.join(corpus, 'sites.json'), JSON.stringify(sites, null, 2) + '\n');
  console.log(`${sites.length} sites in ${new Set(sites.map((s) => s.file.split('/')[1])).size} programs`);
}
