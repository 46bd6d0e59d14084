// The pieces every form around a server action repeats: what travels unseen with it, the choices
// of a select, a field's error beside it, the sentence that it was done, and the refusal in the
// reader's language (lib/form-actions.ts).
import type { FormState } from '@/lib/form-actions';

export function HiddenFields({ values }: { values: Record<string, string | number> }) {
  return Object.entries(values).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

type Choice = { value: string; label: string; group?: string };

/** The choices of a select; consecutive choices of one `group` go under one `<optgroup>`. */
export function Options({ options }: { options: readonly Choice[] }) {
  const runs: { group: string | undefined; options: Choice[] }[] = [];
  for (const option of options) {
    const last = runs.at(-1);
    if (last && last.group === option.group) last.options.push(option);
    else runs.push({ group: option.group, options: [option] });
  }
  return runs.map((run, index) =>
    run.group === undefined ? (
      run.options.map(option)
    ) : (
      <optgroup key={`${index} ${run.group}`} label={run.group}>
        {run.options.map(option)}
      </optgroup>
    ),
  );
}

function option(choice: Choice) {
  return (
    <option key={choice.value} value={choice.value}>
      {choice.label}
    </option>
  );
}

/**
 * A field's error, always in the page so that the field can name it with aria-describedby;
 * announced when there is one.
 */
export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  return (
    <span id={id} className="field-error" role={message ? 'alert' : undefined}>
      {message}
    </span>
  );
}

export function Done({ testId, children }: { testId: string; children: React.ReactNode }) {
  return (
    <p role="status" data-testid={testId}>
      {children}
    </p>
  );
}

/**
 * What went wrong with the whole form. With `withFields`, the field errors too, for a form that
 * does not show them beside each field.
 */
export function Refusal({ state, withFields, testId }: { state: FormState; withFields?: boolean; testId?: string }) {
  if (!state || state.ok) return null;
  const message = state.message ?? (withFields && state.fields ? Object.values(state.fields).join(' ') : undefined);
  if (!message) return null;
  return (
    <p role="alert" className="warning" data-testid={testId}>
      {message}
    </p>
  );
}
