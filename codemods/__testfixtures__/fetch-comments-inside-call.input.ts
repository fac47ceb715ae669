// Comments inside the replaced call are kept, on their own lines before the statement.
export async function exportKnownAttachment(token: string): Promise<Response> {
  const response = await fetch('https://api.eu.wdesk.com/prototype/platform/audits/QXVkaXQ6MTIz/procedures/UHJvY2VkdXJlOjQ1/matrices/TWF0cml4Ojc4/samples/U2FtcGxlOjkw/attachments/QXR0YWNobWVudDox/export', { /* keep me */
    method: 'POST', // trailing
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }), // only PDF exists
  });
  return response;
}
