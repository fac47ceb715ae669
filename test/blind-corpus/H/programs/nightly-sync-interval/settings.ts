import { readFileSync } from 'node:fs';

export interface SyncSettings {
  workiva: { url: string; token: string; apiVersion: string };
  poll: { minIntervalMs: number; maxPolls: number };
}

const DEFAULTS: SyncSettings = {
  workiva: { url: 'http://localhost:4010', token: '', apiVersion: '2022-01-01' },
  poll: { minIntervalMs: 1000, maxPolls: 120 },
};

/** settings.json (optional) < environment variables */
export function loadSettings(file = process.env['SYNC_SETTINGS_FILE']): SyncSettings {
  let fromFile: Partial<SyncSettings> = {};
  if (file) {
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8')) as Partial<SyncSettings>;
    } catch (e) {
      console.warn(`ignoring unreadable settings file ${file}: ${String(e)}`);
    }
  }
  const merged: SyncSettings = {
    workiva: { ...DEFAULTS.workiva, ...fromFile.workiva },
    poll: { ...DEFAULTS.poll, ...fromFile.poll },
  };
  if (process.env.WORKIVA_API_URL) merged.workiva.url = process.env.WORKIVA_API_URL;
  if (process.env.WORKIVA_TOKEN) merged.workiva.token = process.env.WORKIVA_TOKEN;
  return merged;
}
