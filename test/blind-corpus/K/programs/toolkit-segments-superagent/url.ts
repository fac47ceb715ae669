/** Joins path segments, encoding each one; empty segments are rejected so ids can't silently go missing. */
export function joinPath(base: string, segments: readonly string[]): string {
  for (const [i, s] of segments.entries()) {
    if (!s) throw new Error(`empty path segment at index ${i}`);
  }
  return `${base.replace(/\/+$/, '')}/${segments.map((s) => encodeURIComponent(s)).join('/')}`;
}

export const PROTOTYPE_ROOT = ['prototype', 'platform'] as const;
