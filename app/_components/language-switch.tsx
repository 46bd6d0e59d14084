'use client';
// The same page in every language of the archive, the current one marked. Plain links, not client
// navigation: another language is another root layout (<html lang>), which the browser loads whole.
import { usePageLabels } from './page-labels';
import { usePathname } from '@/i18n/link';
import { routing } from '@/i18n/routing';
import { AUTONYMS } from '@/lib/i18n/locale';

export function LanguageSwitch({ label }: { label: string }) {
  return <LanguageLinks label={label} pathname={usePathname()} />;
}

/** The links for a known address; before the address is known, each language's home page. */
export function LanguageLinks({ label, pathname }: { label: string; pathname: string }) {
  const { locale } = usePageLabels();
  return (
    <nav aria-label={label} className="language-switch">
      {routing.locales.map((other) => (
        <a
          key={other}
          href={`/${other}${pathname === '/' ? '' : pathname}`}
          hrefLang={other}
          lang={other}
          aria-current={other === locale ? 'page' : undefined}
          // The address's query (the list's sort and page, a history page, a search) means the
          // same in every language. A page kept in cache cannot know it; the browser can.
          onClick={(event) => {
            if (window.location.search) event.currentTarget.search = window.location.search;
          }}
        >
          {AUTONYMS[other]}
        </a>
      ))}
    </nav>
  );
}
