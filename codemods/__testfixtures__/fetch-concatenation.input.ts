// String concatenation with `+`, and an Authorization header that is not a bearer template.
const API_ROOT = 'https://api.apac.wdesk.com';

export async function exportByConcatenation(ids: { audit: string; procedure: string; matrix: string; sample: string; attachment: string }, authorization: string) {
  const response = await fetch(
    API_ROOT + '/prototype/platform/audits/' + ids.audit + '/procedures/' + ids.procedure + '/matrices/' + ids.matrix + '/samples/' + ids.sample + '/attachments/' + ids.attachment + '/export',
    { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify({ format: 'pdf' }) },
  );
  return (await response.json()) as { id: string; status: string };
}
