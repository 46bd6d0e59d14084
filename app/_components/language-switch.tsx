'use client';
// Links to the same page in every other language of the archive. Plain links, not client
// navigation: another language is another root layout (<html lang>), which the browser loads whole.
import { useLocale } from 'next-intl';
import { usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

const NAMES: Record<string, string> = { en: 'English', ru: 'Русский' };

export function LanguageSwitch({ label }: { label: string }) {
  return <LanguageLinks label={label} pathname={usePathname()} />;
}

/** The links for a known address; before the address is known, the other language's home page. */
export function LanguageLinks({ label, pathname }: { label: string; pathname: string }) {
  const locale = useLocale();
  return (
    <nav aria-label={label} className="language-switch">
      {routing.locales
        .filter((other) => other !== locale)
        .map((other) => (
          <a key={other} href={`/${other}${pathname === '/' ? '' : pathname}`} hrefLang={other} lang={other}>
            {NAMES[other]}
          </a>
        ))}
    </nav>
  );
}
