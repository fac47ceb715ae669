// Sibling module of the routed-axios-instance-elsewhere fixture (not a fixture itself): the shared
// instance, whose interceptors could be added anywhere it is imported.
import axios from 'axios';

export const api = axios.create({ baseURL: 'https://api.app.wdesk.com' });
