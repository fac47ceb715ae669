import { endpoint } from './endpoint.js';

export interface Accepted {
  location: string;
  retryAfter: number;
}

export interface Operation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string | null;
  resourceURL?: string | null;
  originalRequest?: string;
  details?: { code: string; message: string; target?: string }[] | null;
}

export const getAudit = endpoint<void, { id: string; name: string }>()({
  name: 'getAudit',
  method: 'GET',
  path: '/prototype/platform/audits/{auditId}',
});

export const updateSamples = endpoint<{ samples: unknown[] }, Accepted>()({
  name: 'updateSamples',
  method: 'POST',
  path: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/update',
});

export const exportSampleAttachment = endpoint<{ format: 'pdf' }, Accepted>()({
  name: 'auditSampleAttachmentExportById',
  method: 'POST',
  path: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export', // blind-corpus: path=kit-desc-1,kit-desc-2
  apiVersion: '2022-01-01',
});
