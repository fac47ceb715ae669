'use strict';
// Health probe for the Workiva integration: gets a token and checks one audit is readable.
const superagent = require('superagent');

async function probe(apiUrl, clientId, clientSecret, auditId) {
  const tokenRes = await superagent
    .post(apiUrl + '/iam/v1/oauth2/token')
    .type('form')
    .send({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
  const token = tokenRes.body.access_token;
  const audit = await superagent.get(apiUrl + '/prototype/platform/audits/' + auditId).set('Authorization', 'Bearer ' + token);
  // The export endpoint (.../attachments/{attachmentId}/export) is deliberately not probed: it starts real work.
  return { ok: audit.status === 200, auditName: audit.body.name };
}

module.exports = { probe };
