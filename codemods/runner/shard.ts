// --shard i/n: a deterministic split by a hash of each file's path relative to the working
// directory, so a file stays in its shard when others are added or removed.
import path from 'node:path';

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function inShard(file: string, cwd: string, shard: { readonly index: number; readonly count: number }): boolean {
  const key = path.relative(cwd, file).split(path.sep).join('/');
  return fnv1a(key) % shard.count === shard.index - 1;
}
