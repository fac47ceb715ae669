// Writes the generated parts of the rule docs (header, options table) and the rules list in
// README.md, each between its own markers; `--check` fails instead of writing when they are stale.
// Usage: `npm run docs:rules` / `npm run docs:rules -- --check`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import plugin from '../index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const MARKERS = {
  header: ['<!-- begin auto-generated rule header -->', '<!-- end auto-generated rule header -->'],
  options: ['<!-- begin auto-generated rule options list -->', '<!-- end auto-generated rule options list -->'],
  rulesList: ['<!-- begin auto-generated rules list -->', '<!-- end auto-generated rules list -->'],
} as const;

type Markers = readonly [string, string];
type PluginRule = (typeof plugin.rules)[keyof typeof plugin.rules];

/** The part of an option's JSON schema the table shows. */
interface PropertySchema {
  readonly type?: string;
  readonly description?: string;
  readonly enum?: readonly unknown[];
  readonly items?: PropertySchema;
}

export interface GeneratedFile {
  readonly file: string;
  readonly current: string | null;
  readonly expected: string;
}

/** The generated files and what they should contain; nothing is written. */
export function planDocs(root: string = ROOT): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const [name, rule] of Object.entries(plugin.rules)) {
    const file = path.join(root, 'docs', 'rules', `${name}.md`);
    const current = readIfExists(file);
    files.push({ file, current, expected: renderRuleDoc(current, name, rule) });
  }
  const readme = path.join(root, 'README.md');
  const current = readIfExists(readme);
  files.push({ file: readme, current, expected: renderReadme(current) });
  return files;
}

export function renderRuleDoc(current: string | null, name: string, rule: PluginRule): string {
  const header = renderRuleHeader(name, rule);
  const options = renderOptionsTable(rule);
  if (current === null) {
    return `${wrap(MARKERS.header, header)}\n\n## Options\n\n${wrap(MARKERS.options, options)}\n\n## Examples\n`;
  }
  let text = hasMarkers(current, MARKERS.header) ? replaceBetween(current, MARKERS.header, header) : `${wrap(MARKERS.header, header)}\n\n${current}`;
  text = hasMarkers(text, MARKERS.options) ? replaceBetween(text, MARKERS.options, options) : `${text.trimEnd()}\n\n## Options\n\n${wrap(MARKERS.options, options)}\n`;
  return text;
}

/** README: only the text between the rules-list markers; the section is appended once if missing. */
export function renderReadme(current: string | null): string {
  const list = renderRulesList();
  if (current !== null && hasMarkers(current, MARKERS.rulesList)) return replaceBetween(current, MARKERS.rulesList, list);
  const section = `## ESLint plugin\n\n${wrap(MARKERS.rulesList, list)}\n`;
  return current === null ? `# workiva-sunset\n\n${section}` : `${current.trimEnd()}\n\n${section}`;
}

function renderRuleHeader(name: string, rule: PluginRule): string {
  const lines = [`# ${plugin.meta.name}/${name}`, '', `📝 ${getDocs(rule).description}.`, ''];
  if (getDocs(rule).recommended) {
    lines.push(
      "💼 This rule is enabled in the ✅ `recommended` config (severity from the countdown: 'warn', then 'error' inside the window and after the sunset) and the 🔒 `strict` config ('error').",
      '',
    );
  }
  if (rule.meta.hasSuggestions) lines.push('💡 This rule is manually fixable by [editor suggestions](https://eslint.org/docs/latest/use/core-concepts#rule-suggestions).', '');
  if (getDocs(rule).requiresTypeChecking) lines.push('💭 This rule requires type information.', '');
  return lines.join('\n').trimEnd();
}

function renderOptionsTable(rule: PluginRule): string {
  const [schema] = rule.meta.schema as readonly { properties?: Record<string, PropertySchema> }[];
  const defaults = (rule.meta.defaultOptions?.[0] ?? {}) as Record<string, unknown>;
  const rows = Object.entries(schema?.properties ?? {}).map(([option, property]) => {
    const cells = [`\`${option}\``, property.description ?? '', describeType(property), describeChoices(property), defaults[option] === undefined ? '' : `\`${JSON.stringify(defaults[option])}\``];
    return `| ${cells.map(escapeCell).join(' | ')} |`;
  });
  return ['| Name | Description | Type | Choices | Default |', '| :-- | :-- | :-- | :-- | :-- |', ...rows].join('\n');
}

function describeType(property: PropertySchema): string {
  if (property.type === 'array') return `${property.items?.type ?? ''}[]`;
  return String(property.type ?? '');
}

function describeChoices(property: PropertySchema): string {
  const values = property.enum ?? property.items?.enum;
  return values ? values.map((value) => `\`${String(value)}\``).join(', ') : '';
}

function renderRulesList(): string {
  const rows = Object.entries(plugin.rules).map(
    ([name, rule]) => `| [${name}](docs/rules/${name}.md) | ${escapeCell(getDocs(rule).description)} | ${getDocs(rule).recommended ? '✅ 🔒' : '🔒'} | ${rule.meta.hasSuggestions ? '💡' : ''} |`,
  );
  return [
    "`import workivaSunset from '@workiva-sunset/tools/eslint-plugin'` (ESLint 9 and 10, flat config), then add",
    '`workivaSunset.configs.recommended` (✅: a warning far from the sunset, an error inside the 30-day window',
    'and after it), `workivaSunset.configs.strict` (🔒: always an error, for PR checks), or',
    '`workivaSunset.configs.create({ today, windowDays, severity, escalateWhen, mocks, endpoints, additionalSenders })`.',
    '',
    '| Name | Description | Configs | 💡 |',
    '| :-- | :-- | :-- | :-- |',
    ...rows,
    '',
    "**`eslint --cache`**: the configs write the countdown phase (and a pinned `today`) into the rule's options, so",
    "ESLint's cache is invalidated when the phase changes and a cached warning never outlives the sunset. Within one",
    'phase, a cached message may show the day count of the day the file was last linted. See',
    '[the rule docs](docs/rules/no-deprecated-endpoint.md#eslint---cache).',
  ].join('\n');
}

function getDocs(rule: PluginRule): NonNullable<PluginRule['meta']['docs']> {
  if (!rule.meta.docs) throw new Error('Every rule of the plugin has meta.docs');
  return rule.meta.docs;
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function wrap([begin, end]: Markers, content: string): string {
  return `${begin}\n\n${content}\n\n${end}`;
}

function hasMarkers(text: string, [begin, end]: Markers): boolean {
  const start = text.indexOf(begin);
  return start !== -1 && text.indexOf(end, start) !== -1;
}

function replaceBetween(text: string, [begin, end]: Markers, content: string): string {
  const start = text.indexOf(begin) + begin.length;
  const stop = text.indexOf(end, start);
  return `${text.slice(0, start)}\n\n${content}\n\n${text.slice(stop)}`;
}

function readIfExists(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const stale = planDocs().filter((entry) => entry.current !== entry.expected);
  if (check) {
    for (const entry of stale) console.error(`${path.relative(ROOT, entry.file)} is out of date: run \`npm run docs:rules\``);
    return stale.length === 0 ? 0 : 1;
  }
  for (const entry of stale) {
    writeFileSync(entry.file, entry.expected);
    console.log(`wrote ${path.relative(ROOT, entry.file)}`);
  }
  return 0;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
