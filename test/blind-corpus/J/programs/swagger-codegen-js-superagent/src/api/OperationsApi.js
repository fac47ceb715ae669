// PATCH(acct-platform): not in the spec we generate from; follows the Location of a 202 verbatim.
import ApiClient from '../ApiClient.js';
import superagent from 'superagent';

export default class OperationsApi {
  constructor(apiClient) {
    this.apiClient = apiClient || ApiClient.instance;
  }

  async getByLocation(location) {
    const res = await superagent.get(location).set('Authorization', 'Bearer ' + this.apiClient.authentications.OAuth2.accessToken).accept('json');
    return { operation: res.body, retryAfter: Number(res.headers['retry-after'] || 1) };
  }

  async download(resourceUrl) {
    const res = await superagent.get(resourceUrl).set('Authorization', 'Bearer ' + this.apiClient.authentications.OAuth2.accessToken).responseType('blob');
    return res.body;
  }
}
