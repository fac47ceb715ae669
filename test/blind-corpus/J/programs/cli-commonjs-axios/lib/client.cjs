'use strict';

const axios = require('axios');

const DEFAULT_VERSION = '2022-01-01';

function createClient({ apiUrl, token, apiVersion = DEFAULT_VERSION }) {
  const instance = axios.create({
    baseURL: apiUrl,
    headers: {
      Authorization: 'Bearer ' + token,
      Accept: 'application/json',
      'X-Version': apiVersion,
    },
  });
  instance.interceptors.response.use(undefined, (error) => {
    if (error.response && error.response.data && error.response.data.message) {
      error.message = `${error.response.status} ${error.response.data.code}: ${error.response.data.message}`;
    }
    return Promise.reject(error);
  });
  return instance;
}

module.exports = { createClient };
