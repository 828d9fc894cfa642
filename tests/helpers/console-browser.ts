/**
 * What every browser test of the web console shares: Debian's chromium driven by
 * playwright-core (no browser download), screenshots at a cheap phone's and a laptop's size
 * kept as test artefacts (not committed), and axe-core's check.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTEFACTS = path.resolve('test-artifacts/console');
/** axe-core's script, injected into a page past its CSP (which forbids scripts). */
export const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The installed chromium (`.ci/run` installs it), and the screenshot folder made. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTEFACTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/**
 * The whole page at 360×740 and at 1280×800, as `<name>-<w>x<h>.png` in the artefacts, and
 * a check that nothing scrolls sideways on the phone (every console page must fit 360 px;
 * `fits360: false` only for a page that is not the console's, which none is yet).
 */
export async function screenshots(page: Page, name: string, o: { fits360?: boolean } = {}): Promise<void> {
  const fits360 = o.fits360 ?? true;
  for (const [width, height] of [
    [360, 740],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path.join(ARTEFACTS, `${name}-${width}x${height}.png`), fullPage: true });
    if (width === 360 && fits360) {
      const scrollWidth = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
      expect(scrollWidth, `${name} fits 360 px`).toBeLessThanOrEqual(360);
    }
  }
}

/** axe-core's serious and critical violations on the page. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
