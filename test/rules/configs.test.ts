// The plugin's shape and its configs: severity from the countdown, the phase in the rule options,
// strict, the factory's today / window / severity / escalateWhen options.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import workivaSunset, { EscalationConfigError } from '../../rules/index.js';
import { getPhaseFingerprint, resolveToday } from '../../rules/utils/countdown.js';
import { parseIsoDate } from '../../src/catalog/index.js';

const RULE = 'workiva-sunset/no-deprecated-endpoint';

afterEach(() => {
  vi.unstubAllEnvs();
});

function ruleEntry(config: { rules?: Record<string, unknown> }): unknown {
  return config.rules?.[RULE];
}

describe('plugin', () => {
  it('has meta for ESLint (and its cache) and the rule', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(workivaSunset.meta).toEqual({ name: 'workiva-sunset', version: pkg.version });
    expect(Object.keys(workivaSunset.rules)).toEqual(['no-deprecated-endpoint']);
  });

  it('registers itself as workiva-sunset in recommended and strict', () => {
    expect(workivaSunset.configs.recommended.plugins?.['workiva-sunset']).toBe(workivaSunset);
    expect(workivaSunset.configs.strict.plugins?.['workiva-sunset']).toBe(workivaSunset);
    expect(workivaSunset.configs.recommended.name).toBe('workiva-sunset/recommended');
  });

  it('computes recommended once per process', () => {
    expect(workivaSunset.configs.recommended).toBe(workivaSunset.configs.recommended);
  });

  it('makes strict an error whatever the date', () => {
    expect(ruleEntry(workivaSunset.configs.strict)).toEqual(['error', expect.objectContaining({ windowDays: 30 })]);
    expect(ruleEntry(workivaSunset.configs.create({ today: '2026-03-01', severity: { deprecated: 'error' } }))).toEqual([
      'error',
      expect.anything(),
    ]);
  });
});

describe('configs.create', () => {
  it("warns far from the sunset and writes today, the window and the phase into the options", () => {
    expect(ruleEntry(workivaSunset.configs.create({ today: '2026-03-01' }))).toEqual([
      'warn',
      { today: '2026-03-01', windowDays: 30, phase: { '2027-01-31': 'deprecated' } },
    ]);
  });

  it('errors inside the window and after the sunset', () => {
    expect(ruleEntry(workivaSunset.configs.create({ today: '2027-01-10' }))).toEqual([
      'error',
      { today: '2027-01-10', windowDays: 30, phase: { '2027-01-31': 'imminent' } },
    ]);
    expect(ruleEntry(workivaSunset.configs.create({ today: '2027-01-31' }))).toEqual([
      'error',
      { today: '2027-01-31', windowDays: 30, phase: { '2027-01-31': 'sunset' } },
    ]);
  });

  it('takes another window', () => {
    expect(ruleEntry(workivaSunset.configs.create({ today: '2026-12-01', windowDays: 90 }))).toEqual([
      'error',
      { today: '2026-12-01', windowDays: 90, phase: { '2027-01-31': 'imminent' } },
    ]);
  });

  it('passes the matcher options through', () => {
    expect(
      ruleEntry(workivaSunset.configs.create({ today: '2026-03-01', mocks: 'report', additionalSenders: ['apiRequest'], endpoints: ['audit-by-id'] })),
    ).toEqual([
      'warn',
      { today: '2026-03-01', windowDays: 30, phase: { '2027-01-31': 'deprecated' }, mocks: 'report', additionalSenders: ['apiRequest'], endpoints: ['audit-by-id'] },
    ]);
  });

  it('reads today from WORKIVA_SUNSET_TODAY', () => {
    vi.stubEnv('WORKIVA_SUNSET_TODAY', '2027-02-01');
    expect(ruleEntry(workivaSunset.configs.create())).toEqual(['error', { today: '2027-02-01', windowDays: 30, phase: { '2027-01-31': 'sunset' } }]);
  });

  it('rejects a malformed WORKIVA_SUNSET_TODAY', () => {
    vi.stubEnv('WORKIVA_SUNSET_TODAY', '31/01/2027');
    expect(() => workivaSunset.configs.create()).toThrow('WORKIVA_SUNSET_TODAY="31/01/2027" is not a YYYY-MM-DD date');
  });

  it('leaves the real date out of the options, so the cache lives for a whole phase', () => {
    vi.stubEnv('WORKIVA_SUNSET_TODAY', '');
    const [, options] = ruleEntry(workivaSunset.configs.create()) as [string, Record<string, unknown>];
    expect(options).not.toHaveProperty('today');
    expect(options).toHaveProperty('phase');
  });
});

describe('configs.create({ escalateWhen })', () => {
  let dir: string;
  function makePackage(version: string): string {
    dir = mkdtempSync(path.join(os.tmpdir(), 'workiva-sunset-escalate-'));
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'team-service', version }));
    mkdirSync(path.join(dir, 'src'));
    return dir;
  }
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('errors once the package version satisfies the range, even far from the sunset', () => {
    const cwd = makePackage('2.1.0');
    expect(ruleEntry(workivaSunset.configs.create({ today: '2026-03-01', escalateWhen: { version: '>=2.0.0' }, cwd }))).toEqual(['error', expect.anything()]);
  });

  it('keeps the countdown severity while the version does not satisfy it', () => {
    const cwd = makePackage('1.9.3');
    expect(ruleEntry(workivaSunset.configs.create({ today: '2026-03-01', escalateWhen: { version: '>=2.0.0' }, cwd }))).toEqual(['warn', expect.anything()]);
  });

  it('finds the nearest package.json above the working directory, or reads the one given', () => {
    const root = makePackage('3.0.0');
    expect(ruleEntry(workivaSunset.configs.create({ today: '2026-03-01', escalateWhen: { version: '^3' }, cwd: path.join(root, 'src') }))).toEqual([
      'error',
      expect.anything(),
    ]);
    expect(
      ruleEntry(workivaSunset.configs.create({ today: '2026-03-01', escalateWhen: { version: '^3', packageJson: path.join(root, 'package.json') } })),
    ).toEqual(['error', expect.anything()]);
  });

  it('throws a coded error for a missing package.json or an invalid range', () => {
    const cwd = makePackage('1.0.0');
    const missing = () => workivaSunset.configs.create({ escalateWhen: { version: '>=2', packageJson: 'nope/package.json' }, cwd });
    expect(missing).toThrow(EscalationConfigError);
    expect(missing).toThrow(expect.objectContaining({ code: 'PACKAGE_JSON_NOT_FOUND', file: path.join(cwd, 'nope/package.json') }));
    expect(() => workivaSunset.configs.create({ escalateWhen: { version: 'soon' }, cwd })).toThrow(expect.objectContaining({ code: 'RANGE_INVALID' }));
  });
});

describe('countdown util', () => {
  it('resolves today from the option, the environment, then the clock', () => {
    expect(resolveToday('2026-05-05', { WORKIVA_SUNSET_TODAY: '2027-01-01' })).toEqual({ time: parseIsoDate('2026-05-05'), iso: '2026-05-05', source: 'option' });
    expect(resolveToday(undefined, { WORKIVA_SUNSET_TODAY: '2027-01-01' })).toEqual({ time: parseIsoDate('2027-01-01'), iso: '2027-01-01', source: 'env' });
    expect(resolveToday(undefined, {}, Date.UTC(2026, 6, 4, 23, 59))).toEqual({ time: parseIsoDate('2026-07-04'), iso: '2026-07-04', source: 'clock' });
  });

  it('gives the same fingerprint for every day of a phase', () => {
    const entries = [{ sunset: '2027-01-31' }, { sunset: '2029-01-31' }];
    expect(getPhaseFingerprint(entries, parseIsoDate('2026-03-01'), 30)).toEqual(getPhaseFingerprint(entries, parseIsoDate('2026-11-30'), 30));
    expect(getPhaseFingerprint(entries, parseIsoDate('2027-01-02'), 30)).toEqual({ '2027-01-31': 'imminent', '2029-01-31': 'deprecated' });
  });
});
