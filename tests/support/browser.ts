// The browser harness for journeys: Debian's headless Chromium driven by playwright-core, one
// browser per worker process and a fresh context (its own cookies, storage and cache, like a new
// profile) for each test file or person; errors on the page fail the test.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumPath } from './chromium-path';
import { currentSite } from './site';

export type BrowserSession = { context: BrowserContext; page: Page; pageErrors: string[]; close: () => Promise<void> };

/**
 * The worker's Chromium, launched at the first file that asks and kept for the files after it (a
 * worker runs its files in one process, vitest.config.ts). A launch with its first page cost about
 * 0.7 processor-seconds, a new context with its page about 0.2. It ends with the worker's process;
 * one that has crashed is launched again.
 */
let launched: Promise<Browser> | undefined;

function workerBrowser(): Promise<Browser> {
  launched ??= chromium
    .launch({
      executablePath: chromiumPath(),
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    .then((browser) => {
      browser.on('disconnected', () => (launched = undefined));
      return browser;
    });
  return launched;
}

/** `javaScript: false` is a reader whose browser runs no scripts: forms must work by plain posts. */
export async function openBrowser(options: { javaScript?: boolean } = {}): Promise<BrowserSession> {
  const context = await (
    await workerBrowser()
  ).newContext({
    baseURL: currentSite().url,
    javaScriptEnabled: options.javaScript ?? true,
  });
  // Every page reports what its Content-Security-Policy blocked; a violation fails the test.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // The browser logs every 4xx response as an error; pages that answer 403 or 404 on purpose
    // are checked by their tests, so only script errors count here.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      pageErrors.push(message.text());
  });
  return { context, page, pageErrors, close: () => context.close() };
}

/**
 * A browser for the tests of the file, or of the describe block it is called in: opened before
 * their first test and closed after the last. Call it after useSite(), whose site it browses. The
 * returned object is filled in when the browser opens.
 */
export function useBrowser(options: { javaScript?: boolean } = {}): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    Object.assign(session, await openBrowser(options));
  });
  afterAll(async () => session.close?.());
  return session;
}

export type { Page };

/**
 * Does what sends a form back to its page by POST (a button or the clickable map: the address
 * stays free of what was typed) and waits for the page that answers it. Returns the body sent.
 */
export async function sendFormBack(page: Page, act: () => Promise<void>): Promise<string> {
  const sent = page.waitForRequest((request) => request.isNavigationRequest() && request.method() === 'POST');
  const arrived = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await act();
  const body = (await sent).postData() ?? '';
  await arrived;
  await page.waitForLoadState();
  return body;
}
