// A one-line progress bar on stderr, drawn only when stderr is a terminal.

export interface Progress {
  tick(done: number): void;
  finish(): void;
}

export function createProgress(total: number, stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, enabled: boolean, unit = 'files'): Progress {
  if (!enabled || total === 0) return { tick: () => {}, finish: () => {} };
  let lastDrawn = -1;
  const draw = (done: number) => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 30));
    const filled = Math.round((done / total) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${unit}`);
  };
  return {
    tick(done) {
      const percent = Math.floor((done / total) * 100);
      if (percent === lastDrawn && done !== total) return;
      lastDrawn = percent;
      draw(done);
    },
    finish() {
      stream.write('\r\x1b[2K');
    },
  };
}
