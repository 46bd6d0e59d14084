'use client';
// Links within the archive, written without the locale ("/heroes") and sent to the reader's
// language ("/ru/heroes"). Next's own Link with the locale from the layout (page-labels.tsx):
// next-intl's Link would need its client provider, which brings its message parser to every page.
import NextLink from 'next/link';
import { usePathname as useNextPathname } from 'next/navigation';
import type { ComponentProps } from 'react';
import { usePageLabels } from '@/app/_components/page-labels';

type Href = string | { pathname: string; query?: Record<string, string | number | undefined> };

function localized(href: string, locale: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  return `/${locale}${href === '/' ? '' : href}`;
}

export function Link({ href, ...props }: Omit<ComponentProps<typeof NextLink>, 'href'> & { href: Href }) {
  const { locale } = usePageLabels();
  const target =
    typeof href === 'string' ? localized(href, locale) : { ...href, pathname: localized(href.pathname, locale) };
  return <NextLink href={target} {...props} />;
}

/** The address shown in the browser, without its locale ("/heroes/x" on "/ru/heroes/x"). */
export function usePathname(): string {
  const { locale } = usePageLabels();
  const pathname = useNextPathname() ?? '/';
  if (pathname === `/${locale}`) return '/';
  return pathname.startsWith(`/${locale}/`) ? pathname.slice(locale.length + 1) : pathname;
}
