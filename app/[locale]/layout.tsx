import { notFound } from 'next/navigation';
import { NextIntlClientProvider, hasLocale } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { Link } from '@/i18n/navigation';
import { LanguageSwitch } from '../_components/language-switch';
import { SearchBox } from '../_components/search-box';
import { getActor } from '@/lib/auth';
import { can } from '@/lib/permissions';
import { countPending } from '@/lib/moderation/moderation';
import '../globals.css';

// Every page reads the archive at request time: records change through moderation.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'site' });
  return { title: { default: `${t('name')} — ${t('tagline')}`, template: `%s — ${t('name')}` } };
}

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('site');
  const ts = await getTranslations('search');
  const ta = await getTranslations('account');
  const actor = await getActor();
  const pending = can(actor, 'review:submission:any') ? await countPending(actor) : null;
  const tm = await getTranslations('moderation');
  // Client components get only the messages they use (the error boundary); the rest of the UI
  // is rendered on the server, and the whole catalogue need not travel with every page.
  const messages = await getMessages();
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={{ error: messages.error }}>
        <a className="skip" href="#main">{t('skip')}</a>
        <header className="site-header">
          <Link href="/" className="brand">
            <span aria-hidden="true">★</span> {t('name')}
          </Link>
          <nav aria-label={t('name')}>
            <Link href="/heroes">{t('nav.heroes')}</Link>
            <Link href="/about">{t('nav.about')}</Link>
            <Link href="/help">{t('nav.help')}</Link>
            {pending !== null && <Link href="/moderation" data-testid="moderation-link">{tm('nav', { count: pending })}</Link>}
            {actor ? <Link href="/account">{ta('accountTitle')}</Link> : <Link href="/sign-in">{ta('signIn')}</Link>}
          </nav>
          <SearchBox label={ts('label')} placeholder={ts('placeholder')} submit={ts('submit')} />
          <LanguageSwitch label={t('language')} />
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">{t('footer')}</footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
