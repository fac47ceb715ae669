import {
  ExportFailedException,
  type IAttachmentExportService,
  type IClock,
  type ILogger,
  type ISampleAttachmentRepository,
  type SampleAttachmentKey,
} from './contracts.js';

export class AttachmentExportService implements IAttachmentExportService {
  private static readonly MaxPolls = 100;

  constructor(
    private readonly repository: ISampleAttachmentRepository,
    private readonly clock: IClock,
    private readonly logger: ILogger,
  ) {}

  public async exportToPdf(key: SampleAttachmentKey): Promise<ArrayBuffer> {
    const ticket = await this.repository.requestPdfExport(key);
    let wait = ticket.retryAfterSeconds;
    for (let i = 0; i < AttachmentExportService.MaxPolls; i++) {
      await this.clock.delay(wait);
      const { operation, retryAfterSeconds } = await this.repository.getOperation(ticket.location);
      if (!operation.isTerminal) {
        wait = retryAfterSeconds;
        continue;
      }
      if (operation.status !== 'completed' || operation.resourceUrl === null) {
        throw new ExportFailedException(operation);
      }
      return this.repository.downloadResource(operation.resourceUrl);
    }
    this.logger.warn(`Gave up polling ${ticket.location}`);
    throw new Error('Export timed out');
  }
}
