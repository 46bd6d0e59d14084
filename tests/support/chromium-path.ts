// Which Chromium the browser tests drive, for the harness (./browser.ts) and for the check that
// npm test runs first (scripts/check-test-prerequisites.ts), so the two never disagree.
//
// Debian's chromium-headless-shell: the same Blink and V8 as the chromium package, without the
// browser's own interface, and what Playwright itself runs for headless tests. Page for page it
// cost about two thirds of the processor time of the full browser (docs/testing.md).
export const DEFAULT_CHROMIUM = '/usr/bin/chromium-headless-shell';

/** The Debian package that provides DEFAULT_CHROMIUM (.ci/run installs it). */
export const CHROMIUM_PACKAGE = 'chromium-headless-shell';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
}
