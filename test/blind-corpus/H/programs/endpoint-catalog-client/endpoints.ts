export interface EndpointDef<P> {
  name: string;
  method: 'GET' | 'POST';
  path: (params: P) => string;
  expect: number[];
}

export interface SampleParams {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
}

export interface AttachmentParams extends SampleParams {
  attachmentId: string;
}

export const getSample: EndpointDef<SampleParams> = {
  name: 'getSample',
  method: 'GET',
  path: (p) => `/prototype/platform/audits/${p.auditId}/procedures/${p.procedureId}/matrices/${p.matrixId}/samples/${p.sampleId}`,
  expect: [200],
};

export const updateSamples: EndpointDef<Omit<SampleParams, 'sampleId'>> = {
  name: 'updateSamples',
  method: 'POST',
  path: (p) => `/prototype/platform/audits/${p.auditId}/procedures/${p.procedureId}/matrices/${p.matrixId}/samples/update`,
  expect: [200, 202],
};

export const exportAttachment: EndpointDef<AttachmentParams> = {
  name: 'exportAttachment',
  method: 'POST',
  path: (p) => `/prototype/platform/audits/${p.auditId}/procedures/${p.procedureId}/matrices/${p.matrixId}/samples/${p.sampleId}/attachments/${p.attachmentId}/export`, // blind-corpus: path=endpoint-catalog-1,endpoint-catalog-2
  expect: [202],
};
