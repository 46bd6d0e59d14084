'use client';
import { useActionState } from 'react';
import { importAction, type ImportFormState } from '@/lib/exports/actions';

type Labels = {
  file: string;
  dryRun: string;
  validRowsOnly: string;
  submit: string;
  result: string;
  dryResult: string;
  notImported: string;
  errorsTitle: string;
};

function fill(template: string, values: Record<string, number>) {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

export function ImportForm({ locale, labels }: { locale: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ImportFormState, FormData>(importAction, null);
  const summary = state?.summary;
  return (
    <form action={action} data-testid="import-form">
      <input type="hidden" name="locale" value={locale} />
      <p>
        <label htmlFor="import-file">{labels.file}</label>
        <input id="import-file" name="file" type="file" accept=".json,.csv,application/json,text/csv" required />
      </p>
      <p>
        <input id="import-dry-run" name="dryRun" type="checkbox" defaultChecked />
        <label htmlFor="import-dry-run">{labels.dryRun}</label>
      </p>
      <p>
        <input id="import-valid-rows" name="validRowsOnly" type="checkbox" />
        <label htmlFor="import-valid-rows">{labels.validRowsOnly}</label>
      </p>
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
      <div role="status" data-testid="import-state">
        {state?.message && <p className="warning">{state.message}</p>}
        {state?.fileError && (
          <p className="warning" lang="en">
            {state.fileError}
          </p>
        )}
        {summary && (
          <p>
            {fill(summary.applied ? labels.result : state.ok ? labels.dryResult : labels.notImported, {
              rows: summary.rows,
              created: summary.created,
              changed: summary.changed,
              proposed: summary.proposed,
              unchanged: summary.unchanged,
              skipped: summary.skipped,
            })}
          </p>
        )}
        {summary && summary.errors.length > 0 && (
          <>
            <h2>{labels.errorsTitle}</h2>
            <ul>
              {summary.errors.map((error, index) => (
                <li key={index} lang={error.lang}>
                  {error.text}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </form>
  );
}
