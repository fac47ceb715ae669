// Dynamic client used for read-only and update calls on the platform prefix.
type Node = any;

function chain(root: string, token: string, segments: string[] = []): Node {
  return new Proxy(function () {} as unknown as object, {
    get(_t, prop) {
      if (typeof prop !== 'string' || prop === 'then') return undefined;
      if (prop === 'get' || prop === 'post') {
        return (body?: unknown) =>
          fetch(`${root}/${segments.join('/')}`, {
            method: prop.toUpperCase(),
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
          });
      }
      return chain(root, token, [...segments, prop]);
    },
    apply(_t, _this, args: unknown[]) {
      return chain(root, token, [...segments, ...args.map(String)]);
    },
  });
}

export async function markSamplesReviewed(root: string, token: string, ids: { auditId: string; procedureId: string; matrixId: string }, sampleIds: string[]): Promise<number> {
  const api = chain(root, token);
  const res: Response = await api.prototype.platform.audits(ids.auditId).procedures(ids.procedureId).matrices(ids.matrixId).samples.update.post({ samples: sampleIds.map((id) => ({ id, reviewed: true })) });
  return res.status;
}

export async function readAttachment(root: string, token: string, ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }): Promise<unknown> {
  const api = chain(root, token);
  const res: Response = await api.prototype.platform.audits(ids.auditId).procedures(ids.procedureId).matrices(ids.matrixId).samples(ids.sampleId).attachments(ids.attachmentId).get();
  return res.json();
}

export async function exportFilesBulk(root: string, token: string, fileIds: string[]): Promise<number> {
  const api = chain(root, token);
  return ((await api.prototype.platform.files.export.post({ files: fileIds })) as Response).status;
}
