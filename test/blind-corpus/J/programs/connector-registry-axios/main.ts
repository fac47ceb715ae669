import axios from 'axios';
import { setTimeout as delay } from 'node:timers/promises';
import { PluginRegistry, type ConnectorContext } from './plugin-api.js';
import { workivaConnector, type SampleAttachmentRef } from './workiva-connector.js';

interface Env {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

function bootstrap(env: Env): { registry: PluginRegistry; ctx: ConnectorContext } {
  const http = axios.create({
    baseURL: env.baseUrl,
    timeout: 29_000,
    headers: { Authorization: `Bearer ${env.token}`, Accept: 'application/json' },
  });
  const ctx: ConnectorContext = {
    http,
    log: (level, msg, fields) => {
      if (level === 'error' || process.env['CONNECTOR_DEBUG']) console.error(JSON.stringify({ level, msg, ...fields }));
    },
    sleep: (ms) => delay(ms),
  };
  const registry = new PluginRegistry().register(workivaConnector);
  return { registry, ctx };
}

export async function run(env: Env): Promise<Uint8Array> {
  const { registry, ctx } = bootstrap(env);
  await workivaConnector.setup?.(ctx);
  const action = registry.action<SampleAttachmentRef, Uint8Array>('workiva', 'sample-attachment.export-pdf');
  return action.execute(ctx, { ...env.ids });
}
