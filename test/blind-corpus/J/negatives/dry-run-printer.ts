// `--dry-run` support for the export CLI: prints the request it *would* send, as a curl command.
export interface DryRunIds {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export function describeExport(apiUrl: string, ids: DryRunIds): string {
  const url = `${apiUrl}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`;
  return [
    `curl -X POST '${url}'`,
    `  -H 'Authorization: Bearer $WORKIVA_TOKEN'`,
    `  -H 'Content-Type: application/json'`,
    `  -d '{"format":"pdf"}'`,
  ].join(' \\\n');
}

export function printDryRun(out: NodeJS.WritableStream, apiUrl: string, ids: DryRunIds): void {
  out.write(`# dry run, nothing sent\n${describeExport(apiUrl, ids)}\n`);
}
