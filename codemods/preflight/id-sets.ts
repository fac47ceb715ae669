// The id sets a team feeds to preflight: a JSON array of objects, or CSV with a header row naming the
// five legacy ids (any order, extra columns ignored). Bad input is a UsageError naming the row.
import type { LegacySampleAttachmentIds } from 'workiva-sunset';
import { UsageError } from '../runner/options.js';

export const ID_NAMES = ['auditId', 'procedureId', 'matrixId', 'sampleId', 'attachmentId'] as const;

function idSetFrom(record: Record<string, unknown>, where: string): LegacySampleAttachmentIds {
  const ids: Record<string, string> = {};
  for (const name of ID_NAMES) {
    const value = record[name];
    if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim() === '') {
      throw new UsageError(`${where}: ${name} is missing or empty`);
    }
    ids[name] = String(value).trim();
  }
  return ids as unknown as LegacySampleAttachmentIds;
}

function parseJson(text: string, source: string): LegacySampleAttachmentIds[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${source} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(value)) throw new UsageError(`${source}: expected a JSON array of { auditId, procedureId, matrixId, sampleId, attachmentId }`);
  return value.map((record: unknown, index) => {
    if (record === null || typeof record !== 'object') throw new UsageError(`${source} item ${index}: not an object`);
    return idSetFrom(record as Record<string, unknown>, `${source} item ${index}`);
  });
}

/** One CSV line's fields: commas separate, double quotes enclose (`""` is a quote). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quoted && char === '"' && line[index + 1] === '"') {
      field += '"';
      index++;
    } else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields.map((value) => value.trim());
}

function parseCsv(text: string, source: string): LegacySampleAttachmentIds[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const [header, ...rows] = lines;
  if (header === undefined) return [];
  const columns = csvFields(header.replace(/^\uFEFF/, ''));
  const missing = ID_NAMES.filter((name) => !columns.includes(name));
  if (missing.length > 0) throw new UsageError(`${source}: the CSV header must name ${ID_NAMES.join(', ')}; missing ${missing.join(', ')}`);
  return rows.map((line, index) => {
    const fields = csvFields(line);
    const record = Object.fromEntries(columns.map((column, at) => [column, fields[at]]));
    return idSetFrom(record, `${source} line ${index + 2}`);
  });
}

/** Parses `text` as JSON when it is a `.json` file or starts with `[`, else as CSV. */
export function parseIdSets(text: string, source: string): LegacySampleAttachmentIds[] {
  const json = source.endsWith('.json') || (!source.endsWith('.csv') && /^\s*[[{]/.test(text));
  const sets = json ? parseJson(text, source) : parseCsv(text, source);
  if (sets.length === 0) throw new UsageError(`${source} holds no id sets`);
  return sets;
}
