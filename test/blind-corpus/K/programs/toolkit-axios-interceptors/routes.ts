export type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

export const routes = {
  audits: {
    byId: (auditId: string) => `/prototype/platform/audits/${auditId}`,
    sample: ({ auditId, procedureId, matrixId, sampleId }: Omit<Ids, 'attachmentId'>) =>
      `/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}`,
    sampleAttachmentExport: ({ auditId, procedureId, matrixId, sampleId, attachmentId }: Ids) =>
      `/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, // blind-corpus: path=kit-axios-1,kit-axios-2
  },
  files: {
    export: () => '/prototype/platform/files/export',
  },
} as const;
