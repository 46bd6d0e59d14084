// On paper only: the record's permanent address and the day it was printed.
import { getTranslations } from 'next-intl/server';
import { siteOrigin } from '@/lib/env';
import { PrintDate } from '../../../../_components/print-date';
import type { Profile } from './profile';

export async function PrintColophon({ profile: { hero, locale } }: { profile: Profile }) {
  const t = await getTranslations('hero');
  const permanentAddress = new URL(`/${locale}/heroes/${hero.slug}`, siteOrigin()).href;
  return (
    <footer className="print-only print-colophon">
      <p>
        {t('permanentAddress')}: {permanentAddress}
      </p>
      <p>
        {t('printedOn')}: <PrintDate locale={locale} />
      </p>
    </footer>
  );
}
