'use strict';

// printf-style URL templates: base URL first, then path ids in order.
const AUDIT_URL = '%s/prototype/platform/audits/%s';
const SAMPLE_URL = '%s/prototype/platform/audits/%s/procedures/%s/matrices/%s/samples/%s';
const ATTACHMENT_EXPORT_URL = '%s/prototype/platform/audits/%s/procedures/%s/matrices/%s/samples/%s/attachments/%s/export'; // blind-corpus: path=util-format-1
const TOKEN_URL = '%s/iam/v1/oauth2/token';

module.exports = { AUDIT_URL, SAMPLE_URL, ATTACHMENT_EXPORT_URL, TOKEN_URL };
