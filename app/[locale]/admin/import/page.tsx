import { forbidden, redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getActor } from '@/lib/auth';
import { can } from '@/lib/permissions';
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
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/sign-in`);
  if (!can(actor, 'import:archive:any')) forbidden();
  const t = await getTranslations('openData');
  return (
    <article>
      <h1>{t('importTitle')}</h1>
      <p>{t('importIntro')}</p>
      <ImportForm
        locale={locale}
        labels={{
          file: t('importFile'), dryRun: t('importDryRun'), validRowsOnly: t('importValidRowsOnly'), submit: t('importSubmit'),
          result: t('importResult'), dryResult: t('importDryResult'), notImported: t('importNotImported'), errorsTitle: t('importErrors'),
        }}
      />
    </article>
  );
}
