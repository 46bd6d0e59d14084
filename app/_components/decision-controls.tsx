// What every review form ends with: the note to the contributor, the refusal if there was one,
// and the three decisions. Shared by proposals, pictures and memories.
//
// Rejecting cannot be taken back, so it takes a second look. The first press is a plain GET of
// the review page with `confirm=reject` (and the note typed so far): the page then offers only
// "Yes, reject it" and a way back. A plain GET works the same with scripts and without them.
import type { FormState } from '@/lib/form-actions';
import { Refusal } from './form-parts';

export type DecisionLabels = {
  note: string;
  approve: string;
  reject: string;
  changes: string;
  done: string;
  confirmReject: string;
  confirmRejectButton: string;
  cancel: string;
};

export type SecondLook = { reviewPath: string; confirming: boolean; note: string };

export function DecisionControls({
  state,
  pending,
  labels,
  secondLook,
}: {
  state: FormState;
  pending: boolean;
  labels: DecisionLabels;
  secondLook: SecondLook;
}) {
  return (
    <>
      <label htmlFor="decision-note">{labels.note}</label>
      <textarea
        id="decision-note"
        name="note"
        rows={3}
        defaultValue={state?.values?.note ?? secondLook.note}
        key={JSON.stringify(state?.values ?? {})}
      />
      <Refusal state={state} withFields testId="decision-error" />
      {secondLook.confirming || state?.confirm === 'reject' ? (
        <div className="confirm" role="alertdialog" aria-labelledby="confirm-reject">
          <p id="confirm-reject">{labels.confirmReject}</p>
          <input type="hidden" name="confirmed" value="reject" />
          <button type="submit" name="decision" value="reject" className="danger" disabled={pending}>
            {labels.confirmRejectButton}
          </button>{' '}
          <a href={secondLook.reviewPath}>{labels.cancel}</a>
        </div>
      ) : (
        <div className="buttons">
          <button type="submit" name="decision" value="approve" disabled={pending}>
            {labels.approve}
          </button>{' '}
          <button type="submit" name="decision" value="changes" className="secondary" disabled={pending}>
            {labels.changes}
          </button>{' '}
          <button
            type="submit"
            name="confirm"
            value="reject"
            formMethod="get"
            formAction={secondLook.reviewPath}
            className="secondary danger-text"
            disabled={pending}
          >
            {labels.reject}
          </button>
        </div>
      )}
    </>
  );
}
