'use server';
// The admin import form's action: thin, it reads the form, finds the actor and calls
// importFromSite (which checks the permission).
import { getActor } from '../auth';
import { actionLocale, describeError } from '../i18n/errors';
import { describeRowErrorLine } from './import-errors';
import { importFromSite } from './site-import';
import type { ImportSummary } from './import';

export type ImportFormState = {
  ok: boolean;
  message?: string;
  summary?: Omit<ImportSummary, 'errors'> & {
    errors: (ImportSummary['errors'][number] & { text: string; lang: string })[];
  };
  fileError?: string;
} | null;

export async function importAction(_state: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const locale = await actionLocale(formData);
  try {
    const upload = formData.get('file');
    const bytes = upload instanceof File ? Buffer.from(await upload.arrayBuffer()) : Buffer.alloc(0);
    const result = await importFromSite(await getActor(), {
      name: upload instanceof File ? upload.name : 'upload',
      bytes,
      dryRun: formData.get('dryRun') === 'on',
      validRowsOnly: formData.get('validRowsOnly') === 'on',
    });
    if ('fileError' in result) return { ok: false, fileError: result.fileError };
    return {
      ok: result.summary.applied || formData.get('dryRun') === 'on',
      // A refusal the import can say in the admin's language is said in it (import-errors.ts).
      summary: {
        ...result.summary,
        errors: result.summary.errors.slice(0, 200).map((error) => {
          const { text, lang } = describeRowErrorLine(error, locale);
          return { ...error, text, lang };
        }),
      },
    };
  } catch (error) {
    return { ok: false, message: await describeError(error, locale) };
  }
}
