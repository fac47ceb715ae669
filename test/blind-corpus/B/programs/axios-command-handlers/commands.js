// Command handlers shared with the ops console (plain ESM JavaScript, no build step).
import axios from 'axios';

const EXPORT_SUFFIX = '/export'; // blind-corpus: path=axios-commands-1

/**
 * @typedef {{ auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string }} AttachmentKey
 * @typedef {{ apiUrl: string, token: string }} Session
 */

/** @param {Session} session */
function authHeaders(session) {
  return { Authorization: `Bearer ${session.token}`, Accept: 'application/json' };
}

/** @param {AttachmentKey} key */
function attachmentBase(key) {
  return `/prototype/platform/audits/${key.auditId}/procedures/${key.procedureId}/matrices/${key.matrixId}/samples/${key.sampleId}/attachments/${key.attachmentId}`;
}

export const handlers = {
  /** @param {Session} session @param {{ key: AttachmentKey }} cmd */
  async 'export-attachment'(session, cmd) {
    const res = await axios.post(session.apiUrl + attachmentBase(cmd.key) + EXPORT_SUFFIX, { format: 'pdf' }, { headers: authHeaders(session) }); // blind-corpus: site=axios-commands-1
    return { operationUrl: res.headers.location, retryAfter: Number(res.headers['retry-after'] || 1) };
  },

  /** Re-run an export the console user cancelled by mistake. @param {Session} session @param {{ key: AttachmentKey, reason: string }} cmd */
  async 'retry-export'(session, cmd) {
    console.info(`retrying export of ${cmd.key.attachmentId}: ${cmd.reason}`);
    const res = await axios({ // blind-corpus: site=axios-commands-2
      method: 'post',
      baseURL: session.apiUrl,
      url: `${attachmentBase(cmd.key)}/export`, // blind-corpus: path=axios-commands-2
      headers: { ...authHeaders(session), 'Content-Type': 'application/json' },
      data: { format: 'pdf' },
    });
    return { operationUrl: res.headers.location, retryAfter: Number(res.headers['retry-after'] || 1) };
  },

  /** @param {Session} session @param {{ key: AttachmentKey }} cmd */
  async 'describe-sample'(session, cmd) {
    const { key } = cmd;
    const res = await axios.get(`${session.apiUrl}/prototype/platform/audits/${key.auditId}/procedures/${key.procedureId}/matrices/${key.matrixId}/samples/${key.sampleId}`, { headers: authHeaders(session) });
    return res.data;
  },

  /** @param {Session} session @param {{ operationUrl: string }} cmd */
  async 'poll-operation'(session, cmd) {
    const res = await axios.get(cmd.operationUrl, { headers: authHeaders(session) });
    return { operation: res.data, retryAfter: Number(res.headers['retry-after'] || 1) };
  },

  /** @param {Session} session @param {{ url: string }} cmd */
  async 'download'(session, cmd) {
    const res = await axios.get(cmd.url, { headers: { Authorization: `Bearer ${session.token}` }, responseType: 'arraybuffer' });
    return res.data;
  },
};

/** @param {keyof typeof handlers} name @param {Session} session @param {any} cmd */
export function dispatch(name, session, cmd) {
  const handler = handlers[name];
  if (!handler) return Promise.reject(new Error(`unknown command ${name}`));
  return handler(session, cmd);
}
