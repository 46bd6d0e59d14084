import { describe, expect, it } from 'vitest';
import { removeAfterwards, signIn } from '../support/auth';
import { useBrowser } from '../support/browser';
import { signInLink, waitForMail } from '../support/mail';
import { useSite } from '../support/site';

useSite();

describe('a contributor signs in with an emailed link', { timeout: 180_000 }, () => {
  const session = useBrowser();

  it('asks for a link, follows it from the mail, and sees the user page; an admin sees the users page', async () => {
    const { page } = session;
    const email = `browser.${Date.now()}@zvezda.test`;
    await page.goto('/en');
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL('**/en/sign-in');
    await page.getByLabel('Email').filter({ visible: true }).fill(email);
    await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await page.waitForURL('**/en/sign-in/check-email');
    await expect(page.getByTestId('check-email').filter({ visible: true }).innerText()).resolves.toContain(
      'sign-in link is on its way',
    );

    const [mail] = await waitForMail(email);
    await page.goto(signInLink(mail!));
    await page.waitForURL('**/en/account');
    // Signing in by the link is what this journey tests, so its user is not the fixture's; it goes all the same.
    await removeAfterwards(email);
    await expect(page.getByTestId('account-email').filter({ visible: true }).innerText()).resolves.toBe(email);
    await expect(page.getByTestId('account-role').filter({ visible: true }).innerText()).resolves.toBe('Contributor');
    await page.goto('/en/admin/users');
    // forbidden() may be thrown after the shell has streamed; the boundary then appears once the page hydrates, so wait for it.
    await page.getByTestId('forbidden').filter({ visible: true }).waitFor({ timeout: 30_000 });

    await page.goto('/en/account');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/en$/);
    // The header learns who is reading after the page has loaded (pages are cached for everyone).
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(session.pageErrors).toEqual([]);
  });

  it('an admin changes a role on the users page, and the change is recorded', async () => {
    const { page } = session;
    const admin = await signIn({ role: 'ADMIN', browser: session });
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    await page.goto('/en/account');
    await expect(page.getByTestId('account-role').filter({ visible: true }).innerText()).resolves.toBe('Admin');
    await page.goto('/en/admin/users');
    const row = page.locator('tr', { hasText: contributor.user.email }).first();
    await row.getByRole('combobox').selectOption('MODERATOR');
    await row.getByRole('button', { name: 'Change role' }).click();
    await row.getByRole('status').waitFor({ timeout: 60_000 });
    await expect(row.getByRole('status').innerText()).resolves.toBe('Role changed.');
    await page.reload();
    await expect(page.getByTestId('role-changes').filter({ visible: true }).innerText()).resolves.toContain(
      `${contributor.user.email} CONTRIBUTOR → MODERATOR (${admin.user.email})`,
    );
    expect(session.pageErrors).toEqual([]);
  });
});
