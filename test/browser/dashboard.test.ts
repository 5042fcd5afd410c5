// The dashboard in a real browser (Debian's Chromium, driven by playwright-core): built from web/
// into a temporary folder, served over a fixture store, used as an analyst would. Screenshots of
// every view go to test-artifacts/screenshots/.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ingest } from '../../src/ingest/ingest.js';
import { openStore, type Store } from '../../src/store/store.js';
import { startServer, type Server } from '../../src/api/server.js';
import { ink } from './png.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-artifacts', 'screenshots');
// Without Chromium a developer's run skips these with a reason; CI installs it and must run them.
const missing = !existsSync(CHROMIUM) && !process.env.CI;
if (missing) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

let store: Store;
let server: Server;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'attache-web-'));
  const webRoot = join(tmp, 'dist');
  const db = join(tmp, 'web.db');
  await Promise.all([
    build({ configFile: join(ROOT, 'web', 'vite.config.mjs'), logLevel: 'error', build: { outDir: webRoot, emptyOutDir: true } }),
    ingest([join(ROOT, 'test', 'fixtures', 'api', 'articles.jsonl')], { db, workers: 0, rejects: null }),
  ]);
  store = openStore(db, { readonly: true });
  server = await startServer({ store, port: 0, webRoot });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // software WebGL for sigma; no sandbox because CI runs as root
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu-sandbox'],
  });
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.setDefaultTimeout(8000);
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  mkdirSync(SHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  store?.close();
});

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

async function drawn(selector: string) {
  const el = page.locator(selector).first();
  await el.waitFor({ state: 'visible' });
  return ink(await el.screenshot());
}

describe.skipIf(missing)('dashboard in Chromium', () => {
  it('search "Venezuela" → actor → network drawn → dyad timeline drawn → event with its evidence highlighted', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: /What happened/ }).waitFor();
    await shot('overview');
    await page.getByLabel('search').fill('Venezuela');
    await page.getByLabel('search').press('Enter');
    const hit = page.locator('[data-testid=actor-hits] a.hit').first();
    await expect.poll(() => hit.textContent()).toContain('Venezuela');
    await shot('search');

    await hit.click();
    await page.locator('h2', { hasText: 'Venezuela' }).waitFor();
    await page.locator('[data-testid=network] canvas').first().waitFor();
    await page.waitForTimeout(300); // sigma draws on the next animation frame
    const net = await drawn('[data-testid=network]');
    expect(net.share).toBeGreaterThan(0.01);
    expect(net.colours).toBeGreaterThan(10);
    await shot('actor');

    await page.locator('[data-testid=partners] a.partner', { hasText: 'United States' }).click();
    await page.locator('h2', { hasText: /Venezuela and United States|United States and Venezuela/ }).waitFor();
    await page.locator('[data-testid=timeline] canvas').first().waitFor();
    const chart = await drawn('[data-testid=timeline]');
    expect(chart.share).toBeGreaterThan(0.02);
    expect(await page.locator('[data-testid=events-table] tbody tr').count()).toBeGreaterThan(0);
    await shot('dyad');

    await page.locator('[data-testid=events-table] a.event-link', { hasText: 'Make a visit' }).first().click();
    const mark = page.locator('[data-testid=article-text] mark.focus').first();
    await mark.waitFor();
    expect(await page.locator('[data-testid=article-text] mark.focus').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/visit|travelled/)]));
    const chain = await page.locator('[data-testid=selected-event] [data-testid=chain]').textContent();
    expect(chain).toMatch(/^(Morning Ledger|Valley Gazette) ← /);
    expect(await page.locator('[data-testid=reports] li').count()).toBeGreaterThan(0);
    await shot('event');
    expect(problems).toEqual([]);
  });

  it('the network view draws the graph and focuses an actor on click', async () => {
    await page.goto(`${server.url}/#/network`);
    const el = page.locator('[data-testid=network]');
    // Wait for the first graph, so that its answer cannot overwrite the filter set below (a race under load).
    await expect.poll(async () => el.getAttribute('data-nodes'), { timeout: 15_000 }).not.toBeNull();
    // the fixture is small: show every relationship, not only those with 3 events or more
    await page.getByLabel('min. events per edge').fill('1');
    await page.getByLabel('min. events per edge').press('Enter');
    await expect.poll(async () => Number(await el.getAttribute('data-nodes')), { timeout: 15_000 }).toBeGreaterThan(5);
    await el.locator('canvas').first().waitFor();
    await page.waitForTimeout(300);
    expect((await drawn('[data-testid=network]')).share).toBeGreaterThan(0.01);
    const at = await el.evaluate((div) => {
      const s = (div as HTMLDivElement & { __sigma: { getNodeDisplayData(n: string): { x: number; y: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } } }).__sigma;
      const p = s.framedGraphToViewport(s.getNodeDisplayData('VEN'));
      const r = div.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    await page.mouse.click(at.x, at.y);
    await page.locator('.network .side h3', { hasText: 'Venezuela' }).waitFor();
    await shot('network');
    expect(problems).toEqual([]);
  });

  it('the map draws countries and event places', async () => {
    await page.goto(`${server.url}/#/map`);
    await page.locator('[data-testid=map] circle.place').first().waitFor();
    expect(await page.locator('[data-testid=map] path.country').count()).toBeGreaterThan(150);
    expect(await page.locator('[data-testid=map] circle.place').count()).toBeGreaterThanOrEqual(3);
    expect((await drawn('[data-testid=map]')).share).toBeGreaterThan(0.1);
    await shot('map');
  });

  it('renders hostile article text as text: no script runs, no element is injected', async () => {
    const id = (store.db.prepare(`SELECT id FROM articles WHERE ext_id = 'api-8'`).get() as { id: number }).id;
    await page.goto(`${server.url}/#/article/${id}`);
    const text = page.locator('[data-testid=article-text]');
    await text.waitFor();
    expect(await text.textContent()).toContain('<script>window.__xss = 1;');
    expect(await text.textContent()).toContain('<img src=x onerror="window.__xss = 2">');
    expect(await page.locator('[data-testid=article-title]').textContent()).toBe('Strange markup <b>bold</b>');
    expect(await text.locator('script, img, a, b').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.title()).not.toBe('pwned');
    await shot('article');

    // the same text pasted into the extract page
    await page.goto(`${server.url}/#/extract`);
    const hostile = (store.db.prepare('SELECT text FROM articles WHERE id = ?').get(id) as { text: string }).text;
    await page.locator('textarea[name=text]').fill(hostile);
    await page.getByRole('button', { name: 'Extract events' }).click();
    await page.locator('[data-testid=extract-events] tbody tr').first().waitFor();
    expect(await page.locator('[data-testid=article-text] script, [data-testid=article-text] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('shows the events of a pasted article at once, evidence highlighted', async () => {
    await page.goto(`${server.url}/#/extract`);
    await page
      .locator('textarea[name=text]')
      .fill('Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday, the Kremlin said.\n\nRussian forces attacked the Ukrainian city of Kharkiv on Monday, Ukrainian officials said.');
    await page.locator('input[name=date]').fill('2022-03-10');
    await page.locator('input[name=outlet]').fill('The Hill');
    await page.getByRole('button', { name: 'Extract events' }).click();
    const rows = page.locator('[data-testid=extract-events] tbody tr');
    // The page may still show the previous test's result: wait for this article's events.
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.locator('[data-testid=extract-events]').textContent(), { timeout: 15_000 }).toMatch(/The Hill ← the Kremlin|The Hill ← Ukrainian officials/);
    expect(await page.locator('[data-testid=article-text] mark.focus').count()).toBeGreaterThan(0);
    await shot('extract');
    expect(problems).toEqual([]);
  });
});
