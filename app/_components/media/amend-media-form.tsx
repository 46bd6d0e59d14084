'use client';
// The uploader corrects what they said about a picture a moderator sent back, and sends it again.
// A server action: only the words travel, the picture stays as it was uploaded.
import { useActionState } from 'react';
import { amendMediaAction } from '@/lib/media/actions';
import type { FormState } from '@/lib/form-actions';
import { MetadataFields, type MetadataLabels, type MetadataOptions } from './metadata-fields';

export function AmendMediaForm(
  props: MetadataOptions & {
    mediaId: string;
    locale: string;
    values: Record<string, string>;
    labels: MetadataLabels & { submit: string; done: string };
  },
) {
  const [state, action, pending] = useActionState<FormState, FormData>(amendMediaAction, null);
  if (state?.ok)
    return (
      <p role="status" data-testid="media-amend-done">
        {props.labels.done}
      </p>
    );
  return (
    <form
      action={action}
      className="stacked-form"
      data-testid="media-amend-form"
      key={JSON.stringify(state?.values ?? {})}
    >
      <input type="hidden" name="mediaId" value={props.mediaId} />
      <input type="hidden" name="locale" value={props.locale} />
      <MetadataFields {...props} values={state?.values ?? props.values} errors={state?.fields} />
      {state && !state.ok && state.message && (
        <p role="alert" className="warning">
          {state.message}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {props.labels.submit}
      </button>
    </form>
  );
}
