// The journey: a contributor proposes a correction to Nedoshivin with a source; a moderator sees
// it in the queue with its difference and approves it; the public page shows it and the history
// lists the revision.
import { beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedIn } from '../support/auth';
import { useBrowser } from '../support/browser';
import { mailsTo, waitForMail } from '../support/mail';
import { useSite } from '../support/site';

useSite();
const POSTWAR = 'Lived in Tajikistan after the war; the journey test adds this clause.';

describe('a correction from proposal to the public page', { timeout: 180_000 }, () => {
  const contributor = useBrowser();
  const moderator = useBrowser();
  let contributorUser: SignedIn;
  beforeAll(async () => {
    contributorUser = await signIn({ role: 'CONTRIBUTOR', browser: contributor });
    await signIn({ role: 'MODERATOR', browser: moderator });
  });

  it('contributor proposes, moderator approves, the page and its history show it', async () => {
    const page = contributor.page;
    await page.goto('/en/heroes/veniamin-nedoshivin');
    await page.getByRole('link', { name: 'Propose a correction' }).first().click();
    await page.waitForURL('**/en/heroes/veniamin-nedoshivin/propose');
    // First the contributor says what to correct; the form then shows only that.
    for (const label of ['Rank at the deed', 'Date of the decree (Hero of the Soviet Union)', 'After the war']) {
      await page.getByRole('checkbox', { name: label, exact: true }).check();
    }
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/propose?field=*');
    await expect(page.getByLabel('Date of birth').count()).resolves.toBe(0);
    await expect(page.getByLabel('Rank at the deed').filter({ visible: true }).inputValue()).resolves.toBe(
      'lieutenant',
    );

    // Bad input first: a decree outside 1934-1991 is refused beside its field, nothing saved.
    await page.getByLabel('Date of the decree (Hero of the Soviet Union)').filter({ visible: true }).fill('1999');
    await page.getByLabel('After the war').filter({ visible: true }).fill(POSTWAR);
    // The preview shows the change word by word before it is sent.
    await expect(page.getByTestId('preview').locator('ins').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('journey')]),
    );
    await page.getByRole('button', { name: 'Send the proposal' }).click();
    await page.locator('#e-titleDecreeDate', { hasText: 'Titles were awarded between 1934 and 1991.' }).waitFor();
    await page.locator('#e-sourceUrl', { hasText: 'Give at least one source' }).waitFor();
    expect(page.url()).toContain('/propose');

    await page.getByLabel('Date of the decree (Hero of the Soviet Union)').filter({ visible: true }).fill('');
    await page
      .getByLabel('Source: web address')
      .filter({ visible: true })
      .fill('https://example.org/nedoshivin-award-sheet');
    await page
      .getByLabel('What does the source show?')
      .filter({ visible: true })
      .fill('The award sheet describes his life after the war.');
    await page.getByRole('button', { name: 'Send the proposal' }).click();
    await page.waitForURL('**/en/account?submitted=1');
    await expect(page.getByRole('status').filter({ hasText: 'your proposal has arrived' }).isVisible()).resolves.toBe(
      true,
    );
    await page.getByTestId('my-submissions').filter({ visible: true }).getByText('pending').waitFor();

    const mod = moderator.page;
    await mod.goto('/en/account');
    // The queue holds exactly this proposal: the file's database started from the seed.
    await expect(mod.getByTestId('moderation-link').filter({ visible: true }).innerText()).resolves.toBe(
      'Moderation (1)',
    );
    await mod.goto('/en/moderation?hero=veniamin-nedoshivin');
    await mod.getByTestId('queue').filter({ visible: true }).getByRole('link').last().click();
    // Word by word: the words the sheet and the proposal share stand unmarked, the rest is
    // marked as removed or added.
    const diff = mod.getByTestId('diff').filter({ visible: true }).getByTestId('word-diff');
    await diff.first().waitFor();
    const marked = async (selector: string) => (await diff.locator(selector).allTextContents()).join(' ');
    await expect(marked('ins')).resolves.toContain('journey test adds this clause');
    await expect(marked('del')).resolves.toContain('CSTO article');
    await expect(marked('del')).resolves.not.toContain('Tajikistan');
    await expect(marked(':scope > span')).resolves.toContain('Lived in Tajikistan after the war');
    await mod.getByRole('button', { name: 'Approve' }).click();
    // The page re-renders with the decision made: the status reads approved, the form is gone.
    await mod
      .locator(
        '[data-testid="decision-done"], [data-testid="status"]:has-text("approved"), [data-testid="decision-error"]',
      )
      .first()
      .waitFor({ timeout: 60_000 });
    if (await mod.getByTestId('decision-error').filter({ visible: true }).count())
      throw new Error(
        `approval refused: ${await mod.getByTestId('decision-error').filter({ visible: true }).innerText()}`,
      );
    await expect(mod.getByTestId('decision-outcome').filter({ visible: true }).innerText()).resolves.toMatch(
      /^Approved: the change is on the public page/,
    );

    await page.goto('/en/heroes/veniamin-nedoshivin');
    await expect(page.getByText(POSTWAR).isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: 'History' }).click();
    await page.waitForURL('**/en/heroes/veniamin-nedoshivin/history');
    await expect(
      page.getByTestId('revision-2').filter({ visible: true }).locator('ins').allTextContents(),
    ).resolves.toEqual(expect.arrayContaining([expect.stringContaining('adds this clause')]));
    await page.goto('/en/account');
    await expect(page.getByTestId('my-submissions').filter({ visible: true }).innerText()).resolves.toContain(
      'approved',
    );
    // The contributor is told by email.
    const [mail] = await waitForMail(contributorUser.user.email, 1);
    expect(mail!.raw).toContain('Your proposal was approved');
    expect(mailsTo(contributorUser.user.email)).toHaveLength(1);
    expect(contributor.pageErrors).toEqual([]);
    expect(moderator.pageErrors).toEqual([]);
  });
});
