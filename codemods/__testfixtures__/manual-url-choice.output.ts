// A team's own switch-over flag: the deprecated URL is one branch only, so the call is marked, not rewritten.
interface Ref { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string; testPhaseId: string }

export async function startExport(base: string, ref: Ref, useSuccessor: boolean): Promise<Response> {
  const successorUrl = `${base}/testForms/${ref.auditId}/testPhases/${ref.testPhaseId}/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export`;
  const legacyUrl = `${base}/prototype/platform/audits/${ref.auditId}/procedures/${ref.procedureId}/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export`;
  /* workiva-sunset: manual migration needed — the URL is chosen at run time (`useSuccessor ? successorUrl : legacyUrl`): only one choice is the deprecated endpoint; until then @workiva-sunset/safety-net routes it at run time */
  return fetch(useSuccessor ? successorUrl : legacyUrl, { method: 'POST', body: JSON.stringify({ format: 'pdf' }) });
}
