// What the browser tests that look at whole pages share: the two screens a page is looked at on,
// and axe-core's WCAG 2.2 A and AA rules run in the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'vitest';
import { routing, type Locale } from '../../i18n/routing';
import type { BrowserSession, Page } from './browser';

/** A 390-pixel phone and a desktop. */
export const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

type Viewport = (typeof VIEWPORTS)[number];

/**
 * A test for each screen of VIEWPORTS (`title`, as describe.each names it) and each language
 * (`name`, as it.each does): `visit` runs with the session's page sized to that screen.
 */
export function describeEveryScreen(
  title: string,
  name: string,
  session: BrowserSession,
  visit: (locale: Locale, viewport: Viewport, page: Page) => Promise<void>,
  timeout: number,
): void {
  describe.each(VIEWPORTS)(title, (viewport) => {
    it.each(routing.locales)(
      name,
      async (locale) => {
        const { page } = session;
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await visit(locale, viewport, page);
      },
      timeout,
    );
  });
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/**
 * axe-core in every page the browser opens from now on. Once, as a script every new document runs
 * before its own: sending axe's half a megabyte over the DevTools protocol for each page cost
 * about a fifth of the page test's time.
 */
export async function installAxe(session: BrowserSession): Promise<void> {
  await session.context.addInitScript({ content: AXE });
}

/** The WCAG 2.2 A and AA violations on the page (after installAxe), one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const violations = (await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe
      // Only violations are read: axe then skips building the passes' and incompletes' details.
      .run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
      })
      .then((result) => result.violations),
  )) as Violation[];
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}) ${v.help} at ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
