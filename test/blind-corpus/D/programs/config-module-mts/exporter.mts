import axios from 'axios';
import type { ServiceConfig } from './config.mjs';

export interface AttachmentTarget {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

async function clientCredentialsToken(cfg: ServiceConfig['workiva']): Promise<string> {
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: cfg.clientId, client_secret: cfg.clientSecret });
  const { data } = await axios.post<{ access_token: string }>(`${cfg.apiUrl}/iam/v1/oauth2/token`, form.toString(), {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  return data.access_token;
}

export async function exportAttachmentPdf(config: ServiceConfig, target: AttachmentTarget): Promise<ArrayBuffer> {
  const { workiva } = config;
  const token = await clientCredentialsToken(workiva);
  const auth = { Authorization: `Bearer ${token}` };
  const route = [workiva.apiUrl, 'prototype/platform/audits', target.auditId, 'procedures', target.procedureId, 'matrices', target.matrixId, 'samples', target.sampleId, 'attachments', target.attachmentId, 'export'].join('/'); // blind-corpus: path=config-mts-1
  const accepted = await axios.post(route, { format: 'pdf' }, { headers: { ...auth, 'X-Version': workiva.apiVersion } }); // blind-corpus: site=config-mts-1
  const location = accepted.headers['location'] as string;
  let retryAfter = Number(accepted.headers['retry-after'] ?? 1);
  for (let i = 0; i < config.exports.maxPolls; i++) {
    await new Promise((r) => setTimeout(r, retryAfter * 1000));
    const poll = await axios.get<{ status: string; resourceUrl?: string; resourceURL?: string }>(location, { headers: auth });
    if (poll.data.status === 'completed') {
      const file = await axios.get<ArrayBuffer>((poll.data.resourceUrl ?? poll.data.resourceURL)!, { headers: auth, responseType: 'arraybuffer' });
      return file.data;
    }
    if (['failed', 'cancelled'].includes(poll.data.status)) throw new Error(`export ${poll.data.status}`);
    retryAfter = Number(poll.headers['retry-after'] ?? 1);
  }
  throw new Error('export did not finish in time');
}
