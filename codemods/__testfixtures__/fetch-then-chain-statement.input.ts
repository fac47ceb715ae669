// A fire-and-forget export: the statement begins with the call, a promise chain follows, and a
// comment inside the call must move before the statement.
export function startExport(
  apiBase: string,
  bearer: string,
  s: { audit: string; procedure: string; matrix: string; sample: string; attachment: string },
  onAccepted: (location: string) => void,
): void {
  fetch(`${apiBase}/prototype/platform/audits/${s.audit}/procedures/${s.procedure}/matrices/${s.matrix}/samples/${s.sample}/attachments/${s.attachment}/export`, { // starts the PDF export
    method: 'POST',
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  })
    .then((res) => {
      const location = res.headers.get('Location');
      if (location) onAccepted(location);
    })
    .catch(() => undefined);
}
