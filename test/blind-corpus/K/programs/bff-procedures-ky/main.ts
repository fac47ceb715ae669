import { randomUUID } from 'node:crypto';
import ky from 'ky';
import { attachmentsRouter } from './attachments.router.js';
import { createCaller, type Context } from './trpc.js';

function createContext(baseUrl: string, userToken: string): Context {
  const common = {
    headers: { authorization: `Bearer ${userToken}`, accept: 'application/json', 'x-version': '2022-01-01' },
    timeout: 29_000,
    retry: { limit: 2, methods: ['get'], statusCodes: [429, 503] },
  };
  return {
    requestId: randomUUID(),
    userToken,
    workiva: ky.create({ ...common, prefixUrl: baseUrl }),
    workivaAbsolute: ky.create(common),
  };
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array> {
  const caller = createCaller(attachmentsRouter, createContext(env.baseUrl, env.token));
  return caller.exportPdf({ ...env.ids, format: 'pdf' });
}
