// Sibling module of the routed-own-helper fixture (not a fixture itself): the team's request helper.
export async function workivaRequest(method: string, path: string, body?: unknown): Promise<{ status: number; location: string | null }> {
  const response = await fetch(`https://api.app.wdesk.com${path}`, {
    method,
    headers: { Authorization: `Bearer ${process.env.WORKIVA_TOKEN ?? ''}`, 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  return { status: response.status, location: response.headers.get('location') };
}
