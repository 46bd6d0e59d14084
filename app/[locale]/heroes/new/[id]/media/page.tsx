import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth';
import { proposalName } from '@/lib/heroes/names';
import { getOwnProposalForPictures } from '@/lib/media/media';
import { UploadForm } from '../../../../../_components/media/upload-form';
import { mediaFormText } from '../../../../../_components/media/media-form-text';
import { metadataOf } from '../../../../../_components/page-frame';

// Rendered for each request: it depends on who is reading.
export const instant = false;

type Props = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = metadataOf('proposalPictures');

// Pictures sent with one's own proposal of a new Hero: the same form as on a profile. They wait
// with the proposal and join the Hero's profile, still to be approved one by one, when it is approved.
export default async function ProposalPicturesPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale);
  const proposal = await getOwnProposalForPictures(actor, id);
  if (!proposal) notFound();
  const t = await getTranslations('media');
  const tm = await getTranslations('moderation');
  const name = proposalName({ hero: null, payload: proposal.payload }, locale);
  return (
    <article>
      <h1>{t('proposalPicturesTitle', { name })}</h1>
      <p>{t('proposalPicturesIntro')}</p>
      {proposal.media.length > 0 && (
        <ul data-testid="proposal-pictures">
          {proposal.media.map((item) => (
            <li key={item.id}>
              {t(`kinds.${item.kind}`)}: {item.caption} · <strong>{tm(`statuses.${item.status}`)}</strong>
            </li>
          ))}
        </ul>
      )}
      <UploadForm
        action={`/api/media/proposal-upload/${proposal.id}?locale=${locale}`}
        locale={locale}
        {...await mediaFormText()}
      />
    </article>
  );
}
