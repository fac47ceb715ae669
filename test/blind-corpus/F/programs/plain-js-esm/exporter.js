/**
 * Evidence exporter (plain JS, shipped with the ops toolbox since 2021).
 * @typedef {{ auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string }} AttachmentRef
 */

const TERMINAL = ['completed', 'failed', 'cancelled'];

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function readRetryAfter(response, fallback) {
  const raw = response.headers.get('retry-after');
  const seconds = raw == null ? NaN : Number(raw);
  return Number.isNaN(seconds) ? fallback : seconds;
}

export function createExporter({ apiUrl, token, logger = console }) {
  const authorization = 'Bearer ' + token;

  async function check(response, step) {
    if (response.ok) return response;
    let body = {};
    try {
      body = await response.json();
    } catch (e) {
      // ignore
    }
    const error = new Error(step + ': ' + (body.message || response.statusText));
    error.status = response.status;
    error.code = body.code;
    throw error;
  }

  /** @param {AttachmentRef} ref */
  async function exportPdf(ref) {
    const path = '/prototype/platform/audits/' + ref.auditId + '/procedures/' + ref.procedureId + '/matrices/' + ref.matrixId + '/samples/' + ref.sampleId + '/attachments/' + ref.attachmentId + '/export'; // blind-corpus: path=plain-js-1
    const started = await fetch(apiUrl + path, { // blind-corpus: site=plain-js-1
      method: 'POST',
      headers: { Authorization: authorization, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ format: 'pdf' }),
    });
    await check(started, 'start export');

    const operationUrl = started.headers.get('location');
    let waitSeconds = readRetryAfter(started, 2);
    let operation;
    do {
      await sleep(waitSeconds * 1000);
      const polled = await check(await fetch(operationUrl, { headers: { Authorization: authorization } }), 'poll export');
      operation = await polled.json();
      waitSeconds = readRetryAfter(polled, 2);
      logger.log('export ' + operation.id + ' is ' + operation.status);
    } while (!TERMINAL.includes(operation.status));

    if (operation.status !== 'completed') {
      throw new Error('export ' + operation.id + ' ended as ' + operation.status);
    }
    const file = await check(await fetch(operation.resourceUrl || operation.resourceURL, { headers: { Authorization: authorization } }), 'download');
    return new Uint8Array(await file.arrayBuffer());
  }

  return { exportPdf };
}
