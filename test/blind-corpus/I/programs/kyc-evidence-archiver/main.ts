import { createHash } from 'node:crypto';
import ky, { HTTPError, type KyInstance } from 'ky';

interface EvidenceKey {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface ArchivedEvidence {
  key: EvidenceKey;
  sha256: string;
  bytes: Uint8Array;
  archivedAt: Date;
}

interface ExportOperation {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

const TERMINAL_STATES = ['completed', 'failed', 'cancelled'];

function segmentsFor(key: EvidenceKey): string[] {
  return [
    'prototype', 'platform',
    'audits', key.auditId,
    'procedures', key.procedureId,
    'matrices', key.matrixId,
    'samples', key.sampleId,
    'attachments', key.attachmentId,
  ];
}

export class KycEvidenceArchiver {
  private readonly http: KyInstance;

  constructor(apiUrl: string, token: string) {
    this.http = ky.create({
      prefixUrl: apiUrl,
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      timeout: 30_000,
      retry: { limit: 2, methods: ['get'], statusCodes: [429, 503], afterStatusCodes: [429, 503] },
    });
  }

  async archive(key: EvidenceKey): Promise<ArchivedEvidence> {
    const exportPath = [...segmentsFor(key), 'export'].join('/'); // blind-corpus: path=kyc-export-1
    let response: Response;
    try {
      response = await this.http.post(exportPath, { json: { format: 'pdf' } }); // blind-corpus: site=kyc-export-1
    } catch (error) {
      if (error instanceof HTTPError) {
        const problem = (await error.response.json().catch(() => ({}))) as { code?: string; message?: string };
        throw new Error(`KYC evidence export rejected: ${problem.code ?? error.response.status} ${problem.message ?? ''}`.trim());
      }
      throw error;
    }
    const operationUrl = response.headers.get('Location');
    if (!operationUrl) throw new Error('missing Location');
    const op = await this.waitFor(operationUrl, Number(response.headers.get('Retry-After') ?? '1'));
    const resource = op.resourceUrl ?? op.resourceURL;
    if (op.status !== 'completed' || !resource) throw new Error(`export ${op.id} finished as ${op.status}`);
    const bytes = new Uint8Array(await this.http.get(resource, { prefixUrl: '', headers: { Accept: 'application/pdf' } }).arrayBuffer());
    return { key, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), archivedAt: new Date() };
  }

  private waitFor(url: string, seconds: number): Promise<ExportOperation> {
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        this.http
          .get(url, { prefixUrl: '' })
          .then(async (res) => {
            const op = (await res.json()) as ExportOperation;
            if (TERMINAL_STATES.includes(op.status)) return op;
            return this.waitFor(url, Number(res.headers.get('Retry-After') ?? seconds));
          })
          .then(resolve, reject);
      }, seconds * 1000);
    });
  }
}

export async function run(env: { baseUrl: string; token: string; ids: EvidenceKey }): Promise<Uint8Array | ArrayBuffer> {
  const archiver = new KycEvidenceArchiver(env.baseUrl, env.token);
  const archived = await archiver.archive({
    auditId: env.ids.auditId,
    procedureId: env.ids.procedureId,
    matrixId: env.ids.matrixId,
    sampleId: env.ids.sampleId,
    attachmentId: env.ids.attachmentId,
  });
  return archived.bytes;
}
