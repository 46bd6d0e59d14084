// What the memory form (writing a memory, amending one sent back) shows, in the reader's language.
import { getTranslations } from 'next-intl/server';
import { MEMORY_LANGUAGES } from '@/lib/memories/memories';

export async function memoryFormText({ amending }: { amending: boolean }) {
  const t = await getTranslations('memories');
  return {
    languages: MEMORY_LANGUAGES.map((value) => ({ value, label: t(`languages.${value}`) })),
    labels: {
      text: t('text'),
      relation: t('relationLabel'),
      language: t('language'),
      submit: t(amending ? 'resubmit' : 'submit'),
      done: t(amending ? 'resubmitted' : 'done'),
    },
  };
}
