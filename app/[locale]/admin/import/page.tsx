import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth';
import { ImportForm } from '../../../_components/import-form';
import { pageMetadata } from '@/lib/i18n/metadata';

// Rendered for each request: it depends on who is reading.
export const instant = false;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  return pageMetadata((await params).locale, 'import');
}

export default async function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageActor(locale, 'import:archive:any');
  const t = await getTranslations('openData');
  return (
    <article>
      <h1>{t('importTitle')}</h1>
      <p>{t('importIntro')}</p>
      <ImportForm
        locale={locale}
        labels={{
          file: t('importFile'),
          dryRun: t('importDryRun'),
          validRowsOnly: t('importValidRowsOnly'),
          submit: t('importSubmit'),
          result: t('importResult'),
          dryResult: t('importDryResult'),
          notImported: t('importNotImported'),
          errorsTitle: t('importErrors'),
        }}
      />
    </article>
  );
}
