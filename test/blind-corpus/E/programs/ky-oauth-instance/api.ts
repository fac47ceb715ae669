import ky, { type KyInstance } from 'ky';
import { accessToken } from './auth.js';

export function platformApi(apiUrl: string): KyInstance {
  return ky.create({
    prefixUrl: apiUrl,
    timeout: 20_000,
    retry: { limit: 2, methods: ['get'], statusCodes: [429, 503] },
    hooks: {
      beforeRequest: [
        async (request) => {
          request.headers.set('Authorization', `Bearer ${await accessToken(apiUrl)}`);
          request.headers.set('Accept', 'application/json');
        },
      ],
    },
  });
}

export const SAMPLE_ATTACHMENT_EXPORT = 'prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export'; // blind-corpus: path=ky-instance-1
