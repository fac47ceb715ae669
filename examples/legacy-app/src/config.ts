// Where the service finds the Workiva API and its client credentials.
export const WORKIVA_API_URL = process.env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com';
export const CLIENT_ID = process.env.WORKIVA_CLIENT_ID ?? 'evidence-exporter';
export const CLIENT_SECRET = process.env.WORKIVA_CLIENT_SECRET ?? 'local-secret';
