import { createHash } from 'node:crypto';

export type Lane = 'stable' | 'canary';

export interface LaneConfig {
  lane: Lane;
  origin: string;
}

/** Blue/green style routing: a stable percentage of attachments go to the canary origin. */
export function pickLane(routingKey: string, fallbackOrigin: string): LaneConfig {
  const stable = process.env['WORKIVA_API_URL'] ?? process.env['WORKIVA_STABLE_ORIGIN'] ?? fallbackOrigin;
  const canary = process.env['WORKIVA_CANARY_ORIGIN'];
  const percent = Number(process.env['EXPORT_CANARY_PERCENT'] ?? '0');
  if (!canary || !(percent > 0)) return { lane: 'stable', origin: stable };
  const bucket = createHash('sha1').update(routingKey).digest().readUInt16BE(0) % 100;
  return bucket < percent ? { lane: 'canary', origin: canary } : { lane: 'stable', origin: stable };
}
