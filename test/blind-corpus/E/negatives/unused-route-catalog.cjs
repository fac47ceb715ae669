'use strict';

// Route catalogue kept for the API explorer page; rendered as documentation only.
const ROUTES = Object.freeze({
  audit: 'GET /prototype/platform/audits/:auditId',
  sample: 'GET /prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId',
  attachmentExportLegacy: 'POST /prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export',
  attachmentExport: 'POST /testForms/:testFormId/testPhases/:testPhaseId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export',
});

function renderRouteTable() {
  return Object.entries(ROUTES)
    .map(([name, route]) => `| ${name} | \`${route}\` |`)
    .join('\n');
}

module.exports = { ROUTES, renderRouteTable };
