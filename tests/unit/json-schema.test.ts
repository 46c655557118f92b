import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { WORKSPACE_SCHEMA_PATH, WorkspaceFileSchema } from '../../src/lib/schema/workspace';
import { WORKSHOP_SCHEMA_PATH, WorkshopFileSchema } from '../../src/lib/export/workshop-schema';

const published = fileURLToPath(new URL(`../../public/${WORKSPACE_SCHEMA_PATH}`, import.meta.url));

/** The JSON Schema generated from the zod schema, as it is published. */
function generated(): string {
  return `${JSON.stringify(z.toJSONSchema(WorkspaceFileSchema), null, 2)}\n`;
}

describe('published JSON Schema', () => {
  // Regenerate with: UPDATE_SCHEMA=1 npx vitest run --project unit tests/unit/json-schema.test.ts
  test("the current version's published schema matches the zod schema", () => {
    const expected = generated();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(published, expected);
    let actual = '';
    try {
      actual = readFileSync(published, 'utf8');
    } catch {
      // reported by the assertion below
    }
    expect(
      actual,
      `${WORKSPACE_SCHEMA_PATH} is out of date with src/lib/schema: regenerate it with ` +
        '`UPDATE_SCHEMA=1 npx vitest run --project unit tests/unit/json-schema.test.ts` and commit it',
    ).toBe(expected);
  });

  test('describes a versioned, named format', () => {
    const schema = JSON.parse(generated()) as {
      properties: Record<string, { const?: unknown }>;
      required: string[];
    };
    expect(schema.properties.format?.const).toBe('mentoring-kit/workspace');
    expect(schema.properties.version?.const).toBe(2);
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'version', 'team', 'weaknesses', 'rank', 'backlog']),
    );
    expect(schema.required).not.toContain('$schema');
  });

  test('still publishes the schema of version 1, which older files point at', () => {
    const v1 = JSON.parse(readFileSync(new URL('../../public/schema/workspace-v1.json', import.meta.url), 'utf8')) as {
      properties: Record<string, { const?: unknown }>;
    };
    expect(v1.properties.version?.const).toBe(1);
  });
});

describe('published JSON Schema of the whole-workshop file', () => {
  // Regenerated with the same UPDATE_SCHEMA=1 run as the workspace schema.
  test('matches the zod schema', () => {
    const path = fileURLToPath(new URL(`../../public/${WORKSHOP_SCHEMA_PATH}`, import.meta.url));
    const expected = `${JSON.stringify(z.toJSONSchema(WorkshopFileSchema), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(path, expected);
    let actual = '';
    try {
      actual = readFileSync(path, 'utf8');
    } catch {
      // reported by the assertion below
    }
    expect(actual, `${WORKSHOP_SCHEMA_PATH} is out of date with src/lib/export/workshop-schema.ts`).toBe(expected);
  });
});
