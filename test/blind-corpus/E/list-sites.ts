// Scans the corpus for `// blind-corpus: site=<id>` / `path=<id>[,<id>]` annotations and writes sites.json.
// Usage: npx tsx test/blind-corpus/E/list-sites.ts
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const corpus = path.dirname(fileURLToPath(import.meta.url));

/** Client library and style per program (kept here so README and sites.json agree). */
export const programInfo: Record<string, { client: string; style: string }> = {
  'plain-post-helper': { client: 'fetch', style: 'team post(url, body) helper in sibling module' },
  'deprecated-or-successor': { client: 'axios', style: 'ternary chooses successor vs deprecated path before one send' },
  'gateway-mount': { client: 'fetch', style: 'gateway class send({method, path}) relative to a mount' },
  'segment-array-join': { client: 'got', style: 'segment array + encodeURIComponent map joined with /' },
  'openapi-operation-template': { client: 'undici', style: 'OpenAPI {param} table filled by regex replace callback' },
  'express-style-route': { client: 'node:http/https', style: ':param route filled by helper, sibling transport' },
  'printf-config': { client: 'superagent', style: 'util.format template in config object' },
  'url-pathname-builder': { client: 'fetch', style: 'new URL(base).pathname / new URL(relative, base)' },
  'got-extend-service': { client: 'got', style: 'got.extend prefixUrl instance + path builder in other module' },
  'ky-oauth-instance': { client: 'ky', style: 'ky.create prefixUrl, exported {param} constant filled by reduce, OAuth token' },
  'axios-commonjs-client': { client: 'axios', style: 'CommonJS .cjs axios.create factory required via createRequire' },
  'flag-switched-transport': { client: 'fetch+axios', style: 'env feature flag picks transport' },
  'undici-repository-dto': { client: 'undici', style: 'repository class with DTO and Agent dispatcher' },
  'node-fetch-gateway': { client: 'node-fetch', style: "gateway class this.request('POST', path)" },
  'request-object-send': { client: 'fetch', style: 'new Request built in one function, send(req) in another' },
  'options-object-request': { client: 'node:http (CommonJS helper)', style: 'options object {method,url,headers,body} sent by request(options)' },
  'incremental-path-builder': { client: 'superagent', style: 'let p += ... and parts.push(...).join(/)' },
  'retry-queue-worker': { client: 'fetch', style: 'backoff wrapper and queue job receiving a send closure' },
  'path-posix-join': { client: 'axios', style: 'path.posix.join segments with encoded ids, baseURL option' },
  'undici-pool-relative': { client: 'undici Pool', style: 'origin pool with relative path option' },
  'async-iterator-callapi': { client: 'node:http/https (.cts)', style: "callApi('POST', path) in CommonJS TS module, OAuth, async iterator polling" },
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
    return statSync(full).isDirectory() ? walk(full) : /\.(ts|mts|cts|js|cjs|mjs)$/.test(name) ? [full] : [];
  });
}

const sites = new Map<string, Site>();
const paths = new Map<string, { file: string; line: number }>();
for (const file of walk(path.join(corpus, 'programs')).sort()) {
  const rel = path.relative(corpus, file).split(path.sep).join('/');
  const program = rel.split('/')[1] ?? '';
  const info = programInfo[program] ?? { client: 'unknown', style: 'unknown' };
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const m = /\/\/ blind-corpus: (site|path)=([\w,-]+)\s*$/.exec(text);
      if (!m || !m[1] || !m[2]) return;
      for (const id of m[2].split(',')) {
        if (m[1] === 'site') {
          if (sites.has(id)) throw new Error(`duplicate site ${id}`);
          sites.set(id, { id, file: rel, line: index + 1, pathLine: null, client: info.client, style: info.style });
        } else {
          if (paths.has(id)) throw new Error(`duplicate path ${id}`);
          paths.set(id, { file: rel, line: index + 1 });
        }
      }
    });
}
for (const [id, p] of paths) {
  const site = sites.get(id);
  if (!site) throw new Error(`path=${id} without a site`);
  site.pathLine = p.line;
  if (p.file !== site.file) site.pathFile = p.file;
}

const list = [...sites.values()];
writeFileSync(path.join(corpus, 'sites.json'), JSON.stringify(list, null, 2) + '\n');
console.log(`${list.length} sites in ${new Set(list.map((s) => s.file.split('/')[1])).size} programs`);
