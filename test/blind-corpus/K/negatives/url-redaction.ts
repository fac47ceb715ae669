// Redacts opaque ids from request URLs before they reach the log pipeline.
const ID_SEGMENTS = /\/(audits|procedures|matrices|samples|attachments|operations)\/[^/?#]+/g;

export function redactUrl(url: string): string {
  return url.replace(ID_SEGMENTS, '/$1/:id');
}

// e.g. redactUrl('https://api.app.wdesk.com/prototype/platform/audits/QX/procedures/UH/matrices/TW/samples/U2/attachments/a1/export')
//  -> 'https://api.app.wdesk.com/prototype/platform/audits/:id/procedures/:id/matrices/:id/samples/:id/attachments/:id/export'
export const EXAMPLE_REDACTED = '/prototype/platform/audits/:id/procedures/:id/matrices/:id/samples/:id/attachments/:id/export';

export function isSampleAttachmentExport(pathname: string): boolean {
  return redactUrl(pathname) === EXAMPLE_REDACTED;
}
