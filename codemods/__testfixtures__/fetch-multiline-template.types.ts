// Sibling module of the fetch-multiline-template fixture (not a fixture itself).
export interface SampleAttachmentRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}
