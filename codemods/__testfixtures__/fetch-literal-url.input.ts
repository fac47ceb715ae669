// Exports one known attachment from the EU host (a literal URL).
export async function exportKnownAttachment(token: string): Promise<Response> {
  const response = await fetch('https://api.eu.wdesk.com/prototype/platform/audits/QXVkaXQ6MTIz/procedures/UHJvY2VkdXJlOjQ1/matrices/TWF0cml4Ojc4/samples/U2FtcGxlOjkw/attachments/QXR0YWNobWVudDox/export', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  if (response.status !== 202) throw new Error(`export failed: ${response.status}`);
  return response;
}
