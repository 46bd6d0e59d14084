// What every moderator's review page shares: opening it (the moderator signed in, the item or a
// 404, the second look a rejection takes), and closing it with the outcome and the decision form.
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth';
import { isAppError } from '@/lib/errors';
import { DecisionForm } from './decision-form';
import type { SecondLook } from './decision-controls';

export type ReviewProps = {
  params: Promise<{ locale: string; id: string }>;
  searchParams?: Promise<{ confirm?: string; note?: string }>;
};

type Reviewer = Awaited<ReturnType<typeof requirePageActor>>;

/** `section` is the review page's folder under /moderation ('', 'media/', 'memories/'…). */
export async function openReview<T>(
  props: ReviewProps,
  section: string,
  load: (actor: Reviewer, id: string) => Promise<T>,
): Promise<{ locale: string; actor: Reviewer; item: T; secondLook: SecondLook }> {
  const { locale, id } = await props.params;
  const asked = (await props.searchParams) ?? {};
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, 'review:submission:any');
  const item = await load(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const secondLook = {
    reviewPath: `/${locale}/moderation/${section}${id}`,
    confirming: asked.confirm === 'reject',
    note: asked.note ?? '',
  };
  return { locale, actor, item, secondLook };
}

// Each kind's words live in its own catalogue; the second look's words are the moderators' own.
const WORDS = {
  submission: { namespace: 'moderation', done: 'done' },
  media: { namespace: 'media', done: 'decided' },
  memory: { namespace: 'memories', done: 'decided' },
} as const;

export async function ReviewDecision(props: {
  decides: keyof typeof WORDS;
  status: string;
  /** False where the item cannot be decided on here yet (a picture whose Hero is still a proposal). */
  open?: boolean;
  hidden: Record<string, string | number>;
  secondLook: SecondLook;
  children?: React.ReactNode;
}) {
  const words = WORDS[props.decides];
  const t = await getTranslations(words.namespace);
  const tm = await getTranslations('moderation');
  const pending = props.status === 'PENDING';
  return (
    <>
      {/* After a decision the page re-renders without the form; this says what happened. */}
      <p role="status" className={pending ? undefined : 'confirmation'} data-testid="decision-outcome">
        {pending ? '' : t(`outcomes.${props.status}` as never)}
      </p>
      {pending && props.open !== false && (
        <DecisionForm
          decides={props.decides}
          hidden={props.hidden}
          secondLook={props.secondLook}
          labels={{
            note: t('note'),
            approve: t('approve'),
            reject: t('reject'),
            changes: t('changes'),
            confirmReject: tm('confirmReject'),
            confirmRejectButton: tm('confirmRejectButton'),
            cancel: tm('cancel'),
            done: t(words.done),
          }}
        >
          {props.children}
        </DecisionForm>
      )}
    </>
  );
}
