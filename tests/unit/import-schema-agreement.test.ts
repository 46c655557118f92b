import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exportWorkspaceJson } from '../../src/lib/export/json';
import { parseWorkspaceText } from '../../src/lib/import/parse';
import { WORKSPACE_SCHEMA_PATH, WORKSPACE_VERSION } from '../../src/lib/schema/workspace';
import { textArb, workspaceArb } from './support/arbitraries';
import { fixture } from './support/fixtures';

/*
 * The importer must accept exactly what the published JSON Schema accepts. An independent validator
 * (ajv) reads the published file, and both judge the same generated files. The one thing JSON
 * Schema cannot say is how the sections link by id (unique ids, the rank covering every weakness,
 * links pointing at something): there the importer is stricter, and says so with those messages only.
 */

const published: unknown = JSON.parse(
  readFileSync(fileURLToPath(new URL(`../../public/${WORKSPACE_SCHEMA_PATH}`, import.meta.url)), 'utf8'),
);
// Formats are not asserted by JSON Schema 2020-12 by default; the schema carries patterns for them.
const schemaAccepts = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(
  published as object,
);

/** The messages only the importer can give: links between sections, which JSON Schema cannot express. */
const LINK_MESSAGE =
  /: (?:duplicate id "|"[\s\S]*" is not a (?:weakness|member|goal)$|"[\s\S]*" is (?:ranked|linked) twice$|weakness "[\s\S]*" is missing from the rank order$|a second entry for the same member and weakness$)/;

const now = new Date('2026-11-21T16:00:00Z');

/** Defines an own, enumerable key, even "__proto__", as JSON.parse would. */
const setOwn = (target: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

type Edit = { kind: 'add'; key: string; value: unknown } | { kind: 'set'; value: unknown } | { kind: 'remove' };

/** Applies an edit at a place chosen by `path` (indices into each level's keys) in a parsed file. */
function edit(file: unknown, path: readonly number[], change: Edit): unknown {
  const copy = JSON.parse(JSON.stringify(file)) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (let depth = 0; ; depth++) {
    const keys = Object.keys(node);
    const key = keys.length === 0 ? undefined : keys[(path[depth] ?? 0) % keys.length];
    const child = key === undefined ? undefined : node[key];
    const last = depth >= path.length - 1 || typeof child !== 'object' || child === null;
    if (last || key === undefined) {
      if (change.kind === 'add' && !Array.isArray(node)) setOwn(node, change.key, change.value);
      else if (key !== undefined && change.kind === 'set') node[key] = change.value;
      else if (key !== undefined && change.kind === 'remove') {
        if (Array.isArray(node)) node.splice(Number(key), 1);
        else delete node[key];
      }
      return copy;
    }
    node = child as Record<string, unknown>;
  }
}

const keyArb = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'id', 'text', 'extra'),
  fc.string({ maxLength: 8 }),
);
const valueArb = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  textArb,
  fc.constantFrom(
    0,
    -1,
    1.5,
    100,
    1e21,
    '',
    'HTTPS://example.org/x',
    'javascript:alert(1)',
    'M',
    'must',
    'x'.repeat(101),
  ),
  fc.string({ unit: 'grapheme', minLength: 95, maxLength: 105 }),
);
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), key: keyArb, value: valueArb }),
  fc.record({ kind: fc.constant('set' as const), value: valueArb }),
  fc.record({ kind: fc.constant('remove' as const) }),
);

describe('import agrees with the published JSON Schema (property)', () => {
  test('ajv and the importer accept and refuse the same generated files', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        workspaceArb,
        fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), editArb), { maxLength: 3 }),
        (ws, edits) => {
          const exported = exportWorkspaceJson(ws, now);
          if (!exported.ok) throw new Error(exported.error.messages.join('; '));
          let file: unknown = JSON.parse(exported.text);
          for (const [path, change] of edits) file = edit(file, path, change);
          const text = JSON.stringify(file);
          const byAjv = schemaAccepts(JSON.parse(text));
          const byImporter = parseWorkspaceText(text);
          // A file of an earlier version is read through its migration, against that version's rules,
          // not the current schema: the agreement is about files that say they are the current version.
          if (byImporter.ok && byImporter.value.fromVersion !== WORKSPACE_VERSION) return;
          if (byImporter.ok) {
            expect(byAjv, JSON.stringify(schemaAccepts.errors)).toBe(true);
            accepted++;
          } else if (byAjv) {
            // Accepted by the schema, refused by the importer: only for links between sections.
            expect(byImporter.error.kind).toBe('invalid');
            if (byImporter.error.kind === 'invalid')
              for (const message of byImporter.error.messages) expect(message).toMatch(LINK_MESSAGE);
          } else refused++;
        },
      ),
      { numRuns: 400 },
    );
    // Both outcomes must be well represented, or the test proves little.
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(100);
  }, 60_000);
});

describe('a key the schema does not allow is refused with its place named, not dropped', () => {
  const valid = JSON.parse(fixture('workspace/v2-valid.json')) as Record<string, unknown>;
  const withKey = (path: (string | number)[], key: string) => {
    const copy = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
    let node: Record<string, unknown> = copy;
    for (const step of path) node = node[step] as Record<string, unknown>;
    setOwn(node, key, { polluted: true });
    return JSON.stringify(copy);
  };
  test.each([
    [[], '__proto__', 'Unrecognized key: "__proto__"'],
    [[], 'constructor', 'Unrecognized key: "constructor"'],
    [['team'], '__proto__', 'team: Unrecognized key: "__proto__"'],
    [['goals', 0], 'constructor', 'goals[0]: Unrecognized key: "constructor"'],
    [['voting', 'members', 0], 'prototype', 'voting.members[0]: Unrecognized key: "prototype"'],
    [
      ['backlog', 1, 'existing', 'baseline'],
      '__proto__',
      'backlog[1].existing.baseline: Unrecognized key: "__proto__"',
    ],
    [['backlog', 0], 'notes', 'backlog[0]: Unrecognized key: "notes"'],
  ])('at %j, key %s', (path, key, message) => {
    const text = withKey(path, key);
    expect(schemaAccepts(JSON.parse(text))).toBe(false);
    const result = parseWorkspaceText(text);
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'invalid') expect(result.error.messages).toContain(message);
    else expect.fail(`expected an invalid-file refusal, got ${JSON.stringify(result)}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the edges where zod and JSON Schema count or match differently', () => {
  const valid = JSON.parse(fixture('workspace/v2-valid.json')) as {
    strengths: { id: string }[];
    backlog: { existing: { url: string | null } | null }[];
  };
  const judge = (change: (file: typeof valid) => void) => {
    const copy = structuredClone(valid);
    change(copy);
    const text = JSON.stringify(copy);
    return { ajv: schemaAccepts(JSON.parse(text)), importer: parseWorkspaceText(text).ok };
  };

  test('an id is measured in characters (code points), in both', () => {
    expect(judge((file) => void (file.strengths[0]!.id = '🚀'.repeat(100)))).toEqual({ ajv: true, importer: true });
    expect(judge((file) => void (file.strengths[0]!.id = '🚀'.repeat(101)))).toEqual({ ajv: false, importer: false });
  });

  test('an issue link may spell its scheme in capitals, in both', () => {
    const withUrl = (url: string) =>
      judge((file) => {
        const item = file.backlog.find((entry) => entry.existing !== null);
        if (item?.existing) item.existing.url = url;
      });
    expect(withUrl('HTTPS://example.org/issues/1')).toEqual({ ajv: true, importer: true });
    expect(withUrl('javascript:alert(1)')).toEqual({ ajv: false, importer: false });
  });
});
