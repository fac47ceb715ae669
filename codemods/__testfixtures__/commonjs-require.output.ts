// A file written in CommonJS style: the drop-in is required, not imported.
const { createHash } = require('node:crypto');
const { exportSampleAttachmentAsFetchResponse } = require('workiva-sunset') as typeof import('workiva-sunset');

async function exportFromCommonJs(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const response = await exportSampleAttachmentAsFetchResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: 'https://api.app.wdesk.com', token },
  );
  return createHash('sha256').update(await response.text()).digest('hex');
}

module.exports = { exportFromCommonJs };
