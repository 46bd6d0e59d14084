'use client';
// Links to the same page in every other language of the archive.
import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

const NAMES: Record<string, string> = { en: 'English', ru: 'Русский' };

export function LanguageSwitch({ label }: { label: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="language-switch">
      {routing.locales
        .filter((other) => other !== locale)
        .map((other) => (
          <Link key={other} href={pathname} locale={other} hrefLang={other} lang={other}>
            {NAMES[other]}
          </Link>
        ))}
    </nav>
  );
}
