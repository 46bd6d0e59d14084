import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth';
import { can } from '@/lib/permissions';
import { getOwnAccount } from '@/lib/accounts/users';
import { signOutAction } from '@/lib/accounts/actions';
import { withdrawAction } from '@/lib/submissions/actions';
import { listOwnSubmissions } from '@/lib/submissions/submissions';
import { kindModule } from '@/lib/submissions/kinds';
import { proposalName } from '@/lib/heroes/names';
import { Link } from '@/i18n/link';
import { DisplayNameForm } from '@/app/_components/display-name-form';
import { publicPerson } from '@/lib/accounts/public-name';
import { OwnContributions } from '@/app/_components/media/own-contributions';
import { openPage, metadataOf, type LocaleQueryProps } from '../../_components/page-frame';
import { ModeratorNote } from '../../_components/moderator-note';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

export const generateMetadata = metadataOf('account');

export default async function AccountPage({ params, searchParams }: LocaleQueryProps<{ submitted?: string }>) {
  const locale = await openPage(params);
  const { submitted } = await searchParams;
  const actor = await getActor();
  if (!actor || actor.disabled) redirect(`/${locale}/sign-in`);
  const account = await getOwnAccount(actor);
  const t = await getTranslations('account');
  const tm = await getTranslations('moderation');
  const th = await getTranslations('history');
  const tmedia = await getTranslations('media');
  const submissions = await listOwnSubmissions(actor);
  return (
    <article className="prose">
      <h1>{t('accountTitle')}</h1>
      {/* Said where a screen reader hears it: the proposal arrived, and what happens next. */}
      <p role="status" className={submitted === '1' ? 'confirmation' : undefined} data-testid="confirmation">
        {submitted === '1' ? t('submittedConfirmation') : ''}
      </p>
      <dl className="facts">
        <dt>{t('publicName')}</dt>
        <dd data-testid="account-name">
          {account.displayName ?? th('contributorCode', { code: publicPerson(account).code })}
        </dd>
        <dt>{t('email')}</dt>
        <dd data-testid="account-email">{account.email}</dd>
        <dt>{t('role')}</dt>
        <dd data-testid="account-role">{t(`roles.${account.role}`)}</dd>
      </dl>
      <DisplayNameForm
        locale={locale}
        current={account.displayName ?? ''}
        labels={{
          label: t('publicName'),
          help: t('publicNameHelp', { default: th('contributorCode', { code: publicPerson(account).code }) }),
          save: t('savePublicName'),
        }}
      />
      {(can(actor, 'read:users:any') || can(actor, 'read:audit:any')) && (
        <p>
          {can(actor, 'read:users:any') && <Link href="/admin/users">{t('adminUsers')}</Link>}
          {can(actor, 'read:users:any') && can(actor, 'read:audit:any') && ' · '}
          {can(actor, 'read:audit:any') && <Link href="/admin/audit">{t('audit')}</Link>}
        </p>
      )}
      <h2>{t('mySubmissions')}</h2>
      {submissions.length === 0 ? (
        <p>
          {t('noSubmissions')} <Link href="/help">{t('helpLink')}</Link>
        </p>
      ) : (
        <ul data-testid="my-submissions">
          {submissions.map((s) => (
            <li key={s.id} data-status={s.status}>
              {s.hero ? (
                <Link href={`/heroes/${s.hero.slug}`}>{proposalName(s, locale)}</Link>
              ) : (
                proposalName(s, locale)
              )}{' '}
              · {tm(`kinds.${s.kind}`)} · <strong>{tm(`statuses.${s.status}`)}</strong> ·{' '}
              {s.createdAt.toISOString().slice(0, 10)}
              <div className="muted">{s.note}</div>
              <ModeratorNote note={s.moderatorNote} />
              {s.status === 'NEEDS_CHANGES' && kindModule(s.kind).amendable && s.hero && (
                <Link href={`/heroes/${s.hero.slug}/propose?amend=${s.id}`}>{t('amend')}</Link>
              )}
              {(s.status === 'PENDING' || s.status === 'NEEDS_CHANGES') && kindModule(s.kind).takesPictures && (
                <div>
                  <Link href={`/heroes/new/${s.id}/media`}>{tmedia('addToProposal')}</Link>
                </div>
              )}
              {(s.status === 'PENDING' || s.status === 'NEEDS_CHANGES') && (
                <form action={withdrawAction}>
                  <input type="hidden" name="submissionId" value={s.id} />
                  <button type="submit">{t('withdraw')}</button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      <OwnContributions actor={actor} locale={locale} />
      <form action={signOutAction}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit">{t('signOut')}</button>
      </form>
    </article>
  );
}
