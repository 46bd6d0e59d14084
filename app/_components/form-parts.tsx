// The pieces every form around a server action repeats: what travels unseen with it, the choices
// of a select, a field's error beside it, the sentence that it was done, and the refusal in the
// reader's language (lib/form-actions.ts).
import type { FormState } from '@/lib/form-actions';

export function HiddenFields({ values }: { values: Record<string, string | number> }) {
  return Object.entries(values).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

export function Options({ options }: { options: readonly { value: string; label: string }[] }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
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
