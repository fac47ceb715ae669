// Data hook shared by the web app and the desktop shell. No framework import here: the host passes
// a `setState`-like callback, so the same code works with React, Preact or our test renderer.

export type ExportPhase = 'idle' | 'starting' | 'waiting' | 'downloading' | 'done' | 'error';

export interface ExportState {
  phase: ExportPhase;
  progress: string | null;
  pdf: ArrayBuffer | null;
  error: string | null;
}

export interface SampleAttachmentParams {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface UseExportOptions {
  apiBase: string;
  getAccessToken: () => Promise<string>;
  onChange?: (state: ExportState) => void;
}

export function useSampleExport(params: SampleAttachmentParams, options: UseExportOptions) {
  let state: ExportState = { phase: 'idle', progress: null, pdf: null, error: null };
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setState = (patch: Partial<ExportState>) => {
    state = { ...state, ...patch };
    options.onChange?.(state);
  };

  const authorized = async (init: RequestInit = {}): Promise<RequestInit> => ({
    ...init,
    headers: { ...(init.headers as Record<string, string> | undefined), Authorization: `Bearer ${await options.getAccessToken()}` },
  });

  const schedule = (seconds: number, fn: () => void) => {
    timer = setTimeout(fn, seconds * 1000);
  };

  const start = (): Promise<ArrayBuffer> => {
    setState({ phase: 'starting', error: null });
    const { auditId, procedureId, matrixId, sampleId, attachmentId } = params;
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const fail = (e: unknown) => {
        const message = e instanceof Error ? e.message : String(e);
        setState({ phase: 'error', error: message });
        reject(e instanceof Error ? e : new Error(message));
      };
      const check = async (location: string) => {
        if (cancelled) return fail(new Error('cancelled'));
        const res = await fetch(location, await authorized({ headers: { Accept: 'application/json' } }));
        const op = (await res.json()) as { status: string; resourceUrl?: string | null };
        setState({ progress: op.status });
        if (op.status === 'completed' && op.resourceUrl) {
          setState({ phase: 'downloading' });
          const file = await fetch(op.resourceUrl, await authorized());
          const pdf = await file.arrayBuffer();
          setState({ phase: 'done', pdf });
          resolve(pdf);
        } else if (op.status === 'failed' || op.status === 'cancelled') {
          fail(new Error(`Export ${op.status}`));
        } else {
          schedule(Number(res.headers.get('Retry-After') ?? 1), () => void check(location).catch(fail));
        }
      };
      authorized({
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ format: 'pdf' }),
      })
        .then((init) =>
          fetch(`${options.apiBase}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, init), // blind-corpus: site=react-hook-1
        )
        .then((res) => {
          if (res.status !== 202) throw new Error(`Export request failed (${res.status})`);
          setState({ phase: 'waiting' });
          schedule(Number(res.headers.get('Retry-After') ?? 1), () => void check(res.headers.get('Location')!).catch(fail));
        })
        .catch(fail);
    });
  };

  const cancel = () => {
    cancelled = true;
    if (timer) clearTimeout(timer);
  };

  return { getState: () => state, start, cancel };
}
