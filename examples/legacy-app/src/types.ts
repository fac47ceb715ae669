export interface SampleAttachmentRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface WorkivaOperation {
  id: string;
  status: string;
  resourceUrl?: string | null;
}
