// A file written in CommonJS style: the drop-in is required, not imported.
const { createHash } = require('node:crypto');

async function exportFromCommonJs(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const response = await fetch(`https://api.app.wdesk.com/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ format: 'pdf' }),
  });
  return createHash('sha256').update(await response.text()).digest('hex');
}

module.exports = { exportFromCommonJs };
