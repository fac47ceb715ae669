export type ExportStatus = 'idle' | 'starting' | 'polling' | 'downloading' | 'done' | 'error';

export interface AttachmentExportState {
  status: ExportStatus;
  operationId?: string;
  data?: ArrayBuffer;
  error?: Error;
  /** Resolves when the export reaches done/error. */
  settled: Promise<void>;
  cancel(): void;
}

export interface AttachmentExportArgs {
  apiUrl: string;
  token: string;
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

type Listener = (state: AttachmentExportState) => void;

/** Hook-shaped loader shared by the web app and the CLI (no React dependency in this package). */
export function useAttachmentExport(args: AttachmentExportArgs, onChange: Listener = () => {}): AttachmentExportState {
  let cancelled = false;
  const state: AttachmentExportState = {
    status: 'idle',
    settled: Promise.resolve(),
    cancel: () => {
      cancelled = true;
    },
  };
  const set = (patch: Partial<AttachmentExportState>) => {
    Object.assign(state, patch);
    onChange(state);
  };
  const auth = { Authorization: `Bearer ${args.token}` };

  const load = async () => {
    set({ status: 'starting' });
    const res = await fetch(`${args.apiUrl}/prototype/platform/audits/${args.audit}/procedures/${args.procedure}/matrices/${args.matrix}/samples/${args.sample}/attachments/${args.attachment}/export`, { // blind-corpus: site=data-hook-1
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ format: 'pdf' }),
    });
    if (res.status !== 202) throw new Error(`export failed (${res.status})`);
    const location = res.headers.get('location') ?? '';
    let retryAfter = Number(res.headers.get('retry-after') ?? 1);
    set({ status: 'polling' });
    while (!cancelled) {
      await new Promise((r) => setTimeout(r, retryAfter * 1000 + 50));
      const poll = await fetch(location, { headers: auth });
      retryAfter = Number(poll.headers.get('retry-after') ?? retryAfter);
      const op = (await poll.json()) as { id: string; status: string; resourceUrl?: string; resourceURL?: string };
      set({ operationId: op.id });
      if (op.status === 'completed') {
        set({ status: 'downloading' });
        const file = await fetch(op.resourceUrl ?? op.resourceURL ?? '', { headers: auth });
        set({ status: 'done', data: await file.arrayBuffer() });
        return;
      }
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
    }
  };

  state.settled = load().catch((error: unknown) => set({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }));
  return state;
}
