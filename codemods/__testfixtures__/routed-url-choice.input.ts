// A team's own switch-over flag: the deprecated URL is one branch only; routing decides per request.
interface Ref { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string; testPhaseId: string }

export async function startExport(base: string, ref: Ref, useSuccessor: boolean): Promise<Response> {
  const successorUrl = `${base}/testForms/${ref.auditId}/testPhases/${ref.testPhaseId}/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export`;
  const legacyUrl = `${base}/prototype/platform/audits/${ref.auditId}/procedures/${ref.procedureId}/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export`;
  return fetch(useSuccessor ? successorUrl : legacyUrl, { method: 'POST', body: JSON.stringify({ format: 'pdf' }) });
}
