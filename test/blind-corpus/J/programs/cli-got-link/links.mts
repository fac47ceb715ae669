// Users paste links copied from the Workiva web app; we pull the ids out of them.
export interface SampleAttachmentLink {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

const PATTERN = /audits\/([^/]+)\/procedures\/([^/]+)\/matrices\/([^/]+)\/samples\/([^/]+)\/attachments\/([^/?#]+)/;

export function parseLink(link: string): SampleAttachmentLink {
  const match = PATTERN.exec(decodeURI(link));
  if (!match) throw new Error(`not a sample attachment link: ${link}`);
  const [, auditId, procedureId, matrixId, sampleId, attachmentId] = match as unknown as [string, string, string, string, string, string];
  return { auditId, procedureId, matrixId, sampleId, attachmentId };
}
