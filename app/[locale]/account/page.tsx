import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getActor } from '@/lib/auth';
import { getOwnAccount } from '@/lib/accounts/users';
import { signOutAction } from '@/lib/accounts/actions';
import { Link } from '@/i18n/navigation';

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getActor();
  if (!actor || actor.disabled) redirect(`/${locale}/sign-in`);
  const account = await getOwnAccount(actor);
  const t = await getTranslations('account');
  return (
    <article className="prose">
      <h1>{t('accountTitle')}</h1>
      <dl className="facts">
        <dt>{t('name')}</dt>
        <dd data-testid="account-name">{account.name ?? account.email}</dd>
        <dt>{t('email')}</dt>
        <dd data-testid="account-email">{account.email}</dd>
        <dt>{t('role')}</dt>
        <dd data-testid="account-role">{t(`roles.${account.role}`)}</dd>
      </dl>
      {actor.role === 'ADMIN' && <p><Link href="/admin/users">{t('adminUsers')}</Link></p>}
      <form action={signOutAction}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit">{t('signOut')}</button>
      </form>
    </article>
  );
}
