/**
 * Quarterly refresh of the compliance dashboard's evidence thumbnails.
 * Run by the IT ops cron on the first Monday of each quarter.
 */
import axios from 'axios';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';

interface Row {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

const api = axios.create({
  baseURL: process.env.WORKIVA_API_URL,
  headers: { common: { Authorization: `Bearer ${process.env.WORKIVA_TOKEN}` } },
});

function pollEvery(location: string, firstSeconds: number): Promise<{ status: string; resourceUrl?: string; resourceURL?: string }> {
  // setTimeout-chained "interval" that re-arms itself with the server's Retry-After
  return new Promise((resolve, reject) => {
    const tick = async () => {
      try {
        const res = await api.get(location);
        const status: string = res.data.status;
        if (status === 'completed') return resolve(res.data);
        if (status === 'failed' || status === 'cancelled') return reject(new Error('export ' + status));
        timer = setTimeout(tick, (Number(res.headers['retry-after']) || 1) * 1000 + 100);
      } catch (e) {
        reject(e);
      }
    };
    let timer = setTimeout(tick, firstSeconds * 1000 + 100);
    void timer;
  });
}

async function exportRow(row: Row): Promise<Buffer> {
  const res = await api.post(`/prototype/platform/audits/${row.auditId}/procedures/${row.procedureId}/matrices/${row.matrixId}/samples/${row.sampleId}/attachments/${row.attachmentId}/export`, { format: 'pdf' }); // blind-corpus: site=axios-quarterly-1
  const op = await pollEvery(res.headers['location'], Number(res.headers['retry-after']) || 1);
  const file = await api.get(op.resourceUrl || op.resourceURL || '', { responseType: 'arraybuffer' });
  return Buffer.from(file.data);
}

// TODO(ops): the "--all" mode still has its own copy of the request; merge with exportRow
async function exportAll(rows: Row[], outDir: string): Promise<number> {
  let done = 0;
  for (const r of rows) {
    try {
      const res = await api.post( // blind-corpus: site=axios-quarterly-2
        '/prototype/platform/audits/' + r.auditId + '/procedures/' + r.procedureId + '/matrices/' + r.matrixId + '/samples/' + r.sampleId + '/attachments/' + r.attachmentId + '/export', // blind-corpus: path=axios-quarterly-2
        { format: 'pdf' },
        { headers: { 'Content-Type': 'application/json' } },
      );
      const op = await pollEvery(res.headers['location'], Number(res.headers['retry-after']) || 1);
      const file = await api.get(op.resourceUrl || op.resourceURL || '', { responseType: 'arraybuffer' });
      await writeFile(path.join(outDir, `${r.attachmentId}.pdf`), Buffer.from(file.data));
      done++;
    } catch (e) {
      console.error(`skipping ${r.attachmentId}:`, (e as Error).message);
    }
  }
  return done;
}

export async function run(env: { baseUrl: string; token: string; ids: Row }): Promise<Uint8Array> {
  if (process.argv.includes('--all')) {
    const dir = path.join(os.tmpdir(), 'evidence-refresh');
    await mkdir(dir, { recursive: true });
    await exportAll([env.ids], dir);
  }
  return exportRow(env.ids);
}
