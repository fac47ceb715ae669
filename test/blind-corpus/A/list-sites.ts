// Scans the corpus annotations and writes sites.json. Usage: npx tsx list-sites.ts [--check]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Site {
  id: string;
  file: string;
  line: number;
  pathLine: number | null;
  /** File holding the path text when it differs from `file` (e.g. a routes module), else null. */
  pathFile: string | null;
  client: string;
  style: string;
}

/** Client library and style per site; the script fails if an annotation has no entry here or vice versa. */
const META: Record<string, { client: string; style: string }> = {
  'got-openapi-1': { client: 'got', style: 'got.extend({ prefixUrl }) + beforeRequest auth hook; relative OpenAPI template filled by Object.entries().reduce(replace)' },
  'url-pathname-1': { client: 'fetch', style: 'new URL(base) then url.pathname = template; headers spread from authHeaders()' },
  'url-relative-1': { client: 'fetch', style: 'new URL(relative, base) + URLSearchParams query; Headers instance from await this.headers(true); client-credentials token' },
  'tagged-path-1': { client: 'fetch', style: 'custom path`` tagged template that encodes interpolations; private request(method, path) on a client class' },
  'ky-segments-1': { client: 'ky', style: 'ky.create({ prefixUrl }) with relative path from segment array .join("/"); async-iterator polling' },
  'util-format-1': { client: 'node:http/https', style: 'CommonJS .cjs; util.format template in module constant; own call(method, url) transport on https.request' },
  'route-table-1': { client: 'fetch', style: "Express ':param' template filled by helper; route table of functions endpoints.exportAttachment(ref); own post(url, body)" },
  'route-table-2': { client: 'fetch', style: 'same route table, batch loop with own post(url, body)' },
  'http-port-1': { client: 'node-fetch', style: 'injected HttpPort interface: this.http.post(path, body); path from private static method' },
  'axios-interceptors-1': { client: 'axios', style: 'axios.create({ baseURL }) with request interceptor adding auth; instance.post(url arrow fn)' },
  'axios-interceptors-2': { client: 'axios', style: 'same instance, .request({ method: "POST", url }) in a 429/503 retry path' },
  'superagent-1': { client: 'superagent', style: 'superagent.post(url).set(...).type("json").send(...) chain' },
  'undici-1': { client: 'undici', style: 'undici.request(url, { method: "POST", dispatcher }) with statusCode/body' },
  'cjs-worker-1': { client: 'superagent', style: 'CommonJS job-queue worker; path from array .join("/"); superagent chain' },
  'cjs-worker-2': { client: 'superagent', style: 'same worker, redrive job sending a pre-serialised body' },
  'ternary-1': { client: 'fetch', style: 'url = flag ? successor : legacy; fetch(url)' },
  'ternary-2': { client: 'fetch', style: 'fallback url = override ?? legacy; fetch(fallbackUrl)' },
  'request-builder-1': { client: 'fetch', style: 'buildRequest({...}) returns new Request(url, init); dispatch(request) sends it' },
  'request-builder-2': { client: 'fetch', style: 'dispatch(buildRequest({...})) nested, inside Promise.all map' },
  'json-init-1': { client: 'fetch', style: 'fetch(exportUrlFor(ids), jsonInit("POST", token, body)); module-level env config; setTimeout polling' },
  'json-init-2': { client: 'fetch', style: 'same helpers inside Promise.allSettled(map(...))' },
  'got-retry-1': { client: 'got', style: 'withRetry(() => client.post(fullUrl)) on an imported got instance' },
  'got-retry-2': { client: 'got', style: 'withRetry(() => client.post(baseUrl() + path)) with path in a local const' },
  'openapi-client-1': { client: 'fetch', style: 'generated-style client: api.call("exportSampleAttachment", params, body) over an operation table' },
  'openapi-client-2': { client: 'fetch', style: 'same operation id, retry after 409' },
  'data-hook-1': { client: 'fetch', style: 'useAttachmentExport(args) plain function returning a state object; multi-line fetch call' },
  'axios-request-1': { client: 'axios', style: 'AxiosRequestConfig object (method, baseURL, url) passed to axios.request(config); await this.headers(true)' },
  'send-fn-1': { client: 'fetch', style: 'own send(method, url, headers, body); headers object on this' },
  'send-fn-2': { client: 'fetch', style: 'same send(...) in a 409 retry branch' },
  'https-cts-1': { client: 'node:http/https', style: '.cts module (import = require, export =); new URL(path, origin) then own rawRequest(url, options, payload)' },
  'region-1': { client: 'node-fetch', style: 'target = override ?? this.legacyExportUrl(record); node-fetch with spread auth headers' },
  'region-2': { client: 'node-fetch', style: 'node-fetch(this.legacyExportUrl(record)) health probe' },
  'axios-post-1': { client: 'axios', style: 'default axios.post(fullUrl, body, { headers: { ...authHeaders() } }) with promise chain and timer scheduler' },
};

const here = path.dirname(fileURLToPath(import.meta.url));
const ANNOTATION = /\/\/ blind-corpus: (site|path)=([\w,-]+)\s*$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.(ts|mts|cts|js|cjs|mjs)$/.test(name) ? [full] : [];
  });
}

const sites = new Map<string, { file: string; line: number }>();
const paths = new Map<string, { file: string; line: number }>();
const problems: string[] = [];

for (const file of walk(path.join(here, 'programs')).sort()) {
  const rel = path.relative(here, file).split(path.sep).join('/');
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const count = text.split('// blind-corpus:').length - 1;
      if (count === 0) return;
      const match = ANNOTATION.exec(text);
      if (count > 1 || !match) {
        problems.push(`${rel}:${index + 1}: malformed annotation`);
        return;
      }
      const [, kind, ids] = match;
      for (const id of (ids ?? '').split(',')) {
        const target = kind === 'site' ? sites : paths;
        if (target.has(id)) problems.push(`${rel}:${index + 1}: duplicate ${kind}=${id}`);
        target.set(id, { file: rel, line: index + 1 });
      }
    });
}

for (const file of walk(path.join(here, 'negatives'))) {
  if (readFileSync(file, 'utf8').includes('// blind-corpus:')) problems.push(`${path.relative(here, file)}: negatives must not be annotated`);
}

const out: Site[] = [];
for (const [id, where] of sites) {
  const meta = META[id];
  if (!meta) problems.push(`site ${id} has no META entry`);
  const p = paths.get(id);
  if (p && p.file.split('/')[1] !== where.file.split('/')[1]) problems.push(`path=${id} is in another program (${p.file})`);
  out.push({ id, file: where.file, line: where.line, pathLine: p ? p.line : null, pathFile: p && p.file !== where.file ? p.file : null, client: meta?.client ?? 'unknown', style: meta?.style ?? 'unknown' });
}
for (const id of paths.keys()) if (!sites.has(id)) problems.push(`path=${id} has no site`);
for (const id of Object.keys(META)) if (!sites.has(id)) problems.push(`META entry ${id} has no annotation`);

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
const json = `${JSON.stringify(out, null, 2)}\n`;
const target = path.join(here, 'sites.json');
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== json) {
    console.error('sites.json is out of date; run: npx tsx list-sites.ts');
    process.exit(1);
  }
  console.log(`sites.json up to date (${out.length} sites)`);
} else {
  writeFileSync(target, json);
  const programs = new Set(out.map((s) => s.file.split('/')[1]));
  console.log(`wrote ${out.length} sites in ${programs.size} programs`);
}
