import { AuditClient, type SampleAttachmentIdentifier } from './AuditClient.js';

const TerminalStates: ReadonlyArray<string> = ['completed', 'failed', 'cancelled'];

class AttachmentArchiver {
  constructor(private readonly client: AuditClient) {}

  public async ArchiveAsync(id: SampleAttachmentIdentifier): Promise<ArrayBuffer> {
    const accepted = await this.client.StartAttachmentExportAsync(id);
    const location = accepted.headers.get('Location');
    if (location === null) throw new Error('Location header missing from 202 response');
    let retryAfter = Number(accepted.headers.get('Retry-After') ?? '1');

    while (true) {
      await new Promise<void>((resolve) => setTimeout(resolve, retryAfter * 1000));
      const poll = await this.client.GetOperationAsync(location);
      if (TerminalStates.includes(poll.body.status)) {
        const resourceUrl = poll.body.resourceUrl ?? poll.body.resourceURL;
        if (poll.body.status !== 'completed' || !resourceUrl) throw new Error(`Operation ${poll.body.id} ${poll.body.status}`);
        return this.client.DownloadAsync(resourceUrl);
      }
      retryAfter = Number(poll.headers.get('Retry-After') ?? retryAfter);
    }
  }
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const identifier: SampleAttachmentIdentifier = {
    AuditId: env.ids.auditId,
    ProcedureId: env.ids.procedureId,
    MatrixId: env.ids.matrixId,
    SampleId: env.ids.sampleId,
    AttachmentId: env.ids.attachmentId,
  };
  const archiver = new AttachmentArchiver(new AuditClient(env.baseUrl, env.token));
  return archiver.ArchiveAsync(identifier);
}
