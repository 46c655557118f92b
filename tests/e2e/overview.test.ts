// The facilitator's overview from files: five teams' workspace files opened at once, one of them
// invalid; every readable team shown; the whole-workshop exports downloaded and checked against
// their schemas; the goal check-in made in a team's workspace shows in the overview.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, problemsIn, site } from './support/browser';
import { hydrated, openWorkspace, seedWorkspace, showStep, tool } from './workspace-helpers';
import { text } from './timer-helpers';

const fixture = (name: string) => readFileSync(`tests/fixtures/workspace/${name}`, 'utf8');
const renamed = (name: string, team: string) => {
  const file = JSON.parse(fixture(name)) as { team: { name: string } };
  return JSON.stringify({ ...file, team: { ...file.team, name: team } });
};
const files = [
  { name: 'rocket.json', text: fixture('v1-valid.json') },
  { name: 'nova.json', text: fixture('v2-valid.json') },
  { name: 'orbit.json', text: renamed('v2-valid.json', 'Team Orbit') },
  { name: 'legacy.json', text: fixture('v0.json') },
  { name: 'broken.json', text: fixture('invalid-field.json') },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function openOverview(page: Page, chosen = files) {
  await page.goto(site('overview/'));
  await hydrated(page);
  await page
    .getByLabel(/Choose every team's workspace file/)
    .setInputFiles(
      chosen.map((file) => ({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) })),
    );
  await page.waitForSelector('.ov-team');
}

async function download(page: Page, kind: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
  return readFileSync(await file.path(), 'utf8');
}

describe('the teams overview', () => {
  it('shows every readable team from five files and names the invalid one with its error', async () => {
    const context = await newContext(browser, { acceptDownloads: true });
    const page = await context.newPage();
    await openOverview(page);
    expect(await page.locator('.ov-team').count()).toBe(4);
    expect(await text(page.locator('[data-refused]'))).toMatch(/broken\.json: This file could not be used because: .+/);

    const nova = page.locator('[data-team="Team Nova"]');
    expect(await text(nova.locator('[data-count="Weaknesses"]'))).toBe('4');
    expect(await text(nova.locator('[data-count="Backlog items"]'))).toBe('3');
    expect(await text(nova.locator('.ov-weaknesses li').first())).toBe('Stories are too big to finish in a sprint');
    expect(await text(nova.locator('[data-check-in]').first())).toBe(
      'Check-in: Achieved: Every planning since has ended with a sprint goal',
    );
    expect(await text(page.locator('.ov-team').last())).toContain('Not checked in yet');

    // The whole workshop in one JSON file, valid against its published schema.
    const json = JSON.parse(await download(page, 'json')) as { $schema: string; teams: unknown[] };
    expect(json.teams).toHaveLength(4);
    expect(json.$schema).toMatch(/\/schema\/workshop-v1\.json$/);
    const schema = (await (await page.request.get(json.$schema)).json()) as object;
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    expect(ajv.validate(schema, json), JSON.stringify(ajv.errors)).toBe(true);

    const csv = await download(page, 'csv');
    expect(csv.split('\r\n')[0]).toContain('"Team","Kind","Text"');
    expect(csv).toContain('"Team Orbit","goal"');
    const md = await download(page, 'md');
    expect(md.match(/^## /gm)).toHaveLength(4);

    await expectNoAxeViolations(page);
    // Printed, each team starts a new page and the file controls are left out.
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .locator('.ov-team')
        .nth(1)
        .evaluate((node) => getComputedStyle(node).breakBefore),
    ).toBe('page');
    expect(await page.locator('.ov-drop').isVisible()).toBe(false);
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });

  it('shows the goal check-in a team made in its workspace', async () => {
    const context = await newContext(browser, { acceptDownloads: true });
    const { $schema: _s, exportedAt: _e, ...saved } = JSON.parse(fixture('v2-valid.json')) as Record<string, unknown>;
    await seedWorkspace(context, saved);
    const page = await context.newPage();
    await openWorkspace(page);
    await showStep(page, 'The mentoring session');
    const goals = tool(page, 'goals');
    const second = goals.locator('[data-check-in]').nth(1);
    await second.getByLabel('Dropped').check();
    await second.getByLabel('What happened').fill('The team chose to split stories at refinement instead');
    await expectNoAxeViolations(page);

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download workspace (JSON)' }).click(),
    ]);
    const exported = readFileSync(await file.path(), 'utf8');
    await openOverview(page, [{ name: 'nova-after.json', text: exported }]);
    expect(await text(page.locator('[data-check-in]').nth(1))).toBe(
      'Check-in: Dropped: The team chose to split stories at refinement instead',
    );
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});
