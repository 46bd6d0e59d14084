import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { Link } from '@/i18n/link';
import { LanguageLinks, LanguageSwitch } from '../_components/language-switch';
import { SearchBox } from '../_components/search-box';
import { ReaderLinks, ReaderNav } from '../_components/reader-nav';
import { PageLabelsProvider } from '../_components/page-labels';
import { fontVariables } from '../fonts';
import { siteOrigin } from '@/lib/env';
import '../globals.css';

// No page is prerendered when the site is built (see staticSlugParams in lib/heroes/cached.ts):
// each is rendered on its first request and then served from cache. Next needs one value to
// check the routes at build time: a name that is not a locale, which renders as 404.
export function generateStaticParams() {
  return [{ locale: '-' }];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'site' });
  return {
    // Every absolute address in metadata (Open Graph images, canonical links) is built from the
    // configured site address, never the request's Host.
    metadataBase: siteOrigin(),
    title: { default: `${t('name')} — ${t('tagline')}`, template: `%s — ${t('name')}` },
    description: t('footer'),
    openGraph: { siteName: t('name'), locale },
  };
}

// The same for every reader, so pages can be served from cache: what depends on who is reading
// (signed in, the moderation count) is filled in by ReaderNav in the browser.
export default async function LocaleLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'site' });
  const ts = await getTranslations({ locale, namespace: 'search' });
  const ta = await getTranslations({ locale, namespace: 'account' });
  const tm = await getTranslations({ locale, namespace: 'moderation' });
  // Client components get only the words they use (the error and not-found pages); the rest of
  // the UI is rendered on the server, and the catalogue does not travel with the page.
  const te = await getTranslations({ locale, namespace: 'error' });
  const tn = await getTranslations({ locale, namespace: 'notFound' });
  const labels = {
    locale,
    error: { title: te('title'), body: te('body'), retry: te('retry') },
    notFound: { title: tn('title'), body: tn('body'), back: tn('back') },
  };
  const readerLabels = { signIn: ta('signIn'), account: ta('accountTitle'), moderation: tm.raw('nav') as string };
  return (
    <html lang={locale} className={fontVariables}>
      <body>
        <PageLabelsProvider labels={labels}>
          <a className="skip" href="#main">
            {t('skip')}
          </a>
          <header className="site-header">
            <Link href="/" className="brand">
              <span aria-hidden="true">★</span>
              {t('name')}
            </Link>
            {/* On a phone the links and languages fold into this disclosure, which opens without
                JavaScript; on a desktop globals.css keeps its content shown in the band. */}
            <details className="site-menu">
              <summary>{t('menu')}</summary>
              <div className="menu-panel">
                <nav aria-label={t('name')}>
                  <Link href="/heroes">{t('nav.heroes')}</Link>
                  <Link href="/maps">{t('nav.maps')}</Link>
                  <Link href="/about">{t('nav.about')}</Link>
                  <Link href="/help">{t('nav.help')}</Link>
                  <Suspense fallback={<ReaderLinks labels={readerLabels} reader={null} />}>
                    <ReaderNav labels={readerLabels} />
                  </Suspense>
                </nav>
                {/* The other languages' links need the address, which a page prerendered for any slug does not know yet. */}
                <Suspense fallback={<LanguageLinks label={t('language')} pathname="/" />}>
                  <LanguageSwitch label={t('language')} />
                </Suspense>
              </div>
            </details>
            <SearchBox
              label={ts('label')}
              placeholder={ts('placeholder')}
              submit={ts('submit')}
              suggestionsLabel={ts('suggestions')}
            />
          </header>
          <main id="main">{children}</main>
          <footer className="site-footer">{t('footer')}</footer>
        </PageLabelsProvider>
      </body>
    </html>
  );
}
