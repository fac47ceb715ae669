// `npm run bench:safety-net`: the safety net's cost on requests it must not touch — 10,000 small
// keep-alive GETs through fetch and axios to a local server, in fresh processes without the layer,
// with it loaded (`--import @workiva-sunset/safety-net/register`), and after one withExportRouting call
// (what migrated code does: hooks plus an AsyncLocalStorage scope, which on Node 20 and 22 makes every
// later promise of the process pay a hook), alternated, median of 5 runs each.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const REQUESTS = 10_000;
const RUNS = 5;

// The client side, run in a child: prints the milliseconds of REQUESTS sequential GETs.
const CLIENT = `
import axios from 'axios';
import http from 'node:http';
const [url, client, n] = [process.env.URL, process.env.CLIENT, Number(process.env.N)];
if (process.env.ROUTED === '1') (await import('@workiva-sunset/safety-net')).withExportRouting(() => 0);
const agent = new http.Agent({ keepAlive: true });
const get = client === 'fetch' ? async () => (await fetch(url)).arrayBuffer() : () => axios.get(url, { httpAgent: agent });
for (let i = 0; i < 500; i++) await get();
const start = performance.now();
for (let i = 0; i < n; i++) await get();
console.log(performance.now() - start);
`;

// Asynchronous: the server answering the child lives in this process's event loop.
type Mode = 'without' | 'register' | 'routed';

async function run(url: string, client: string, mode: Mode): Promise<number> {
  const imports = mode === 'register' ? ['--import', '@workiva-sunset/safety-net/register'] : [];
  const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=@workiva-sunset/source', '--import', 'tsx', ...imports, '--input-type=module', '-e', CLIENT], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', URL: url, CLIENT: client, N: String(REQUESTS), ROUTED: mode === 'routed' ? '1' : '' },
  });
  return Number(stdout.trim());
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const server = createServer((_req, res) => res.end('{"ok":true}'));
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/platform/v1/items?page=1`;
console.log(`${REQUESTS} keep-alive GETs that do not match, median of ${RUNS} fresh processes (${path.basename(process.execPath)} ${process.version})\n`);
console.log('| client | without the layer | with the layer | overhead | after one withExportRouting call | overhead |');
console.log('|---|---:|---:|---:|---:|---:|');
const overhead = (base: number, value: number) => `${(((value - base) / base) * 100).toFixed(1)} %`;
for (const client of ['fetch', 'axios']) {
  const times: Record<Mode, number[]> = { without: [], register: [], routed: [] };
  for (let i = 0; i < RUNS; i++) for (const mode of ['without', 'register', 'routed'] as const) times[mode].push(await run(url, client, mode));
  const [a, b, c] = [median(times.without), median(times.register), median(times.routed)];
  console.log(`| ${client} | ${a.toFixed(0)} ms | ${b.toFixed(0)} ms | ${overhead(a, b)} | ${c.toFixed(0)} ms | ${overhead(a, c)} |`);
}
server.close();
