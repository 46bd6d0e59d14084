import { getTranslations } from 'next-intl/server';

/** What the sources do not say, said plainly, never left blank or guessed. */
export async function Unknown() {
  const t = await getTranslations('hero');
  return <span className="unknown">{t('unknown')}</span>;
}
