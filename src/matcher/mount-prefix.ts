// A gateway or proxy mount before a catalog path: `/api/workiva/prototype/platform/audits/…`,
// `${GATEWAY}/workiva-proxy/prototype/…`. Services behind an API gateway send the deprecated path
// under a mount of their own; the request still reaches the endpoint. Accepted only before the whole
// `/prototype/platform/audits/…` path (distinctive enough that nothing else spells it), and the base
// before the mount is judged like any base.

/** One or more plain path segments, no trailing slash. */
const MOUNT = /^(?:\/[A-Za-z0-9._~-]+)+$/;

/** True when `prefix` is an accepted base followed by a mount path. */
export function isMountedPrefix(prefix: string, isAcceptedBase: (base: string) => boolean): boolean {
  for (let index = prefix.indexOf('/'); index >= 0; index = prefix.indexOf('/', index + 1)) {
    // `//` belongs to an origin (`https://host`), never to a mount.
    if (prefix[index + 1] === '/' || prefix[index - 1] === '/') continue;
    if (MOUNT.test(prefix.slice(index)) && isAcceptedBase(prefix.slice(0, index))) return true;
  }
  return false;
}
