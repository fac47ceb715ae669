// `npm run bench:safety-net`: the safety net's cost on requests it must not touch — 10,000 small
// keep-alive GETs through fetch and axios to a local server, in fresh processes with and without the
// layer loaded (`--import @workiva-sunset/safety-net/register`), alternated, median of 5 runs each.
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
const agent = new http.Agent({ keepAlive: true });
const get = client === 'fetch' ? async () => (await fetch(url)).arrayBuffer() : () => axios.get(url, { httpAgent: agent });
for (let i = 0; i < 500; i++) await get();
const start = performance.now();
for (let i = 0; i < n; i++) await get();
console.log(performance.now() - start);
`;

// Asynchronous: the server answering the child lives in this process's event loop.
async function run(url: string, client: string, withLayer: boolean): Promise<number> {
  const imports = withLayer ? ['--import', '@workiva-sunset/safety-net/register'] : [];
  const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=@workiva-sunset/source', '--import', 'tsx', ...imports, '--input-type=module', '-e', CLIENT], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', URL: url, CLIENT: client, N: String(REQUESTS) },
  });
  return Number(stdout.trim());
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const server = createServer((_req, res) => res.end('{"ok":true}'));
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/platform/v1/items?page=1`;
console.log(`${REQUESTS} keep-alive GETs that do not match, median of ${RUNS} fresh processes (${path.basename(process.execPath)} ${process.version})\n`);
console.log('| client | without the layer | with the layer | overhead |');
console.log('|---|---:|---:|---:|');
for (const client of ['fetch', 'axios']) {
  const without: number[] = [];
  const withLayer: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    without.push(await run(url, client, false));
    withLayer.push(await run(url, client, true));
  }
  const [a, b] = [median(without), median(withLayer)];
  console.log(`| ${client} | ${a.toFixed(0)} ms | ${b.toFixed(0)} ms | ${(((b - a) / a) * 100).toFixed(1)} % |`);
}
server.close();
