'use strict';

const fs = require('node:fs');

// Constants describing API usage for the quarterly dependency report; nothing here is requested.
const DEPRECATED_ENDPOINTS = [
  {
    method: 'POST',
    path: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
    sunset: '2027-01-31',
    replacement: '/testForms/{testFormId}/testPhases/{testPhaseId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
  },
];

function writeReport(file, usage) {
  const rows = DEPRECATED_ENDPOINTS.map((e) => `${e.method} ${e.path} (sunset ${e.sunset}): ${usage[e.path] || 0} calls last quarter`);
  fs.writeFileSync(file, rows.join('\n') + '\n');
}

function exportAuditTrail(records) {
  // "export" here is a CSV export of our own audit trail, not a Workiva call.
  return records.map((r) => [r.at, r.user, r.action].join(',')).join('\n');
}

module.exports = { DEPRECATED_ENDPOINTS, writeReport, exportAuditTrail };
