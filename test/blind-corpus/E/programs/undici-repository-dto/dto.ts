export class SampleAttachmentDto {
  constructor(
    readonly auditId: string,
    readonly procedureId: string,
    readonly matrixId: string,
    readonly sampleId: string,
    readonly attachmentId: string,
    readonly fileName = 'attachment.pdf',
  ) {}

  static fromRecord(record: Record<string, string>): SampleAttachmentDto {
    const need = (key: string): string => {
      const v = record[key];
      if (!v) throw new Error(`attachment record is missing ${key}`);
      return v;
    };
    return new SampleAttachmentDto(need('auditId'), need('procedureId'), need('matrixId'), need('sampleId'), need('attachmentId'));
  }
}

export interface ExportOperationDto {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  resourceURL?: string;
  created?: string;
  updated?: string;
}
