// Text to match literally inside a `new RegExp(…)` source (also `/`, for sources built from paths).
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
