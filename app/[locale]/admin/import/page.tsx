import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth';
import { ImportForm } from '../../../_components/import-form';
import { openPage, metadataOf, type LocaleProps } from '../../../_components/page-frame';

// Rendered for each request: it depends on who is reading.
export const instant = false;

export const generateMetadata = metadataOf('import');

export default async function ImportPage({ params }: LocaleProps) {
  const locale = await openPage(params);
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
