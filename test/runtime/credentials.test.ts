// Where the bearer token may go: the API origin and trusted origins only, hop by hop.
import { describe, expect, it } from 'vitest';
import { exportSampleAttachment, WorkivaSunsetError } from 'workiva-sunset';
import { expectedPdfBytes } from '../../src/testing/index.js';
import { bytesOf, IDS, rejectionOf, useSimulator } from './helpers.js';

const h = useSimulator();
const options = () => ({ baseUrl: h.sim.url, token: h.sim.token, clock: h.clock, headers: { 'X-Api-Key': 'secret-key' } });

describe('credentials', () => {
  it('refuses a Location on another origin before polling it', async () => {
    h.sim.set({ locationOrigin: 'foreign' });
    const error = (await rejectionOf(exportSampleAttachment(IDS, options()))) as WorkivaSunsetError;
    expect(error).toBeInstanceOf(WorkivaSunsetError);
    expect(error.code).toBe('UNTRUSTED_LOCATION');
    expect(error.url).toContain(h.sim.foreignUrl);
    expect(h.sim.requests.filter((request) => request.origin === 'foreign')).toHaveLength(0);
  });

  it('polls a Location on an origin listed in trustedOrigins, with the token', async () => {
    h.sim.set({ locationOrigin: 'foreign' });
    await exportSampleAttachment(IDS, { ...options(), trustedOrigins: [`${h.sim.foreignUrl}/`] });
    const polls = h.sim.requestsOf('poll');
    expect(polls.every((poll) => poll.origin === 'foreign' && poll.headers['authorization'] === 'Bearer test-token')).toBe(true);
  });

  it('downloads a resource on another origin without Authorization or extra headers', async () => {
    h.sim.set({ resourceOrigin: 'foreign' });
    const result = await exportSampleAttachment(IDS, options());
    const [download] = h.sim.requestsOf('download');
    expect(download!.origin).toBe('foreign');
    expect(download!.authorization).toBe(false);
    expect(download!.headers['x-api-key']).toBeUndefined();
    expect(h.sim.requestsOf('poll')[0]!.headers['x-api-key']).toBe('secret-key');
    expect(await bytesOf(result.response)).toEqual(expectedPdfBytes(IDS));
  });

  it('uses an Authorization header from `headers` when no token is given, and keeps it on the API origin', async () => {
    h.sim.set({ resourceOrigin: 'foreign' });
    await exportSampleAttachment(IDS, { baseUrl: h.sim.url, clock: h.clock, headers: { authorization: 'Bearer test-token' } });
    expect(h.sim.requestsOf('export-legacy')[0]!.headers['authorization']).toBe('Bearer test-token');
    expect(h.sim.requestsOf('download')[0]!.authorization).toBe(false);
  });

  it('follows redirects hop by hop, dropping credentials from the first hop that leaves the trusted origins on', async () => {
    h.sim.set({ downloadRedirects: ['api', 'foreign', 'api'], resourceOrigin: 'foreign' });
    const result = await exportSampleAttachment(IDS, options());
    const hops = h.sim.requests.filter((request) => request.kind === 'redirect' || request.kind === 'download');
    expect(hops.map((hop) => [hop.kind, hop.origin, hop.authorization])).toEqual([
      ['redirect', 'api', true],
      ['redirect', 'foreign', false],
      // Back on the API origin after a foreign hop: still no token (the foreign host chose this URL).
      ['redirect', 'api', false],
      ['download', 'foreign', false],
    ]);
    expect(await bytesOf(result.response)).toEqual(expectedPdfBytes(IDS));
  });

  it('stops after maxRedirects hops', async () => {
    h.sim.set({ downloadRedirects: ['api', 'api', 'api'] });
    const error = (await rejectionOf(exportSampleAttachment(IDS, { ...options(), maxRedirects: 2 }))) as WorkivaSunsetError;
    expect(error.code).toBe('TOO_MANY_REDIRECTS');
    expect(h.sim.requestsOf('redirect')).toHaveLength(3);
    expect(h.sim.requestsOf('download')).toHaveLength(0);
  });
});
