// The portrait, the gallery and the family memories of a profile. Each reads its own data through
// lib/media and lib/memories (public fields only), so the profile page only places them.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { PublicMedia } from '@/lib/media/public';
import type { PublicMemory } from '@/lib/memories/memories';
import { PartialDate } from '../partial-date';
import { DeepZoomImage } from './deep-zoom';
import { ZoomableImage } from './zoom';

const srcset = (sources: { url: string; width: number }[]) => sources.map((s) => `${s.url} ${s.width}w`).join(', ');

function Picture({ item, sizes, priority }: { item: PublicMedia; sizes: string; priority?: boolean }) {
  const fallback = item.jpeg.find((s) => s.width >= 600) ?? item.large;
  return (
    <picture>
      <source type="image/webp" srcSet={srcset(item.webp)} sizes={sizes} />
      <img
        src={fallback.url}
        srcSet={srcset(item.jpeg)}
        sizes={sizes}
        width={fallback.width}
        height={fallback.height}
        alt={item.caption}
        lang={item.captionLanguage}
        loading={priority ? 'eager' : 'lazy'}
        decoding="async"
        style={{
          backgroundImage: `url(${item.placeholder})`,
          backgroundSize: 'cover',
          height: 'auto',
          maxWidth: '100%',
        }}
      />
    </picture>
  );
}

/** Deep zoom over the tiles where the picture has them (documents, large scans); else the large size full-screen. */
async function Zoom({ item, children }: { item: PublicMedia; children: React.ReactNode }) {
  const t = await getTranslations('media');
  if (!item.deepZoom) {
    return (
      <ZoomableImage
        src={item.large.url}
        width={item.large.width}
        height={item.large.height}
        alt={item.caption}
        openLabel={t('open')}
        closeLabel={t('close')}
      >
        {children}
      </ZoomableImage>
    );
  }
  const labels = {
    open: t('deepZoom.open'),
    close: t('close'),
    zoomIn: t('deepZoom.zoomIn'),
    zoomOut: t('deepZoom.zoomOut'),
    whole: t('deepZoom.whole'),
    hint: t('deepZoom.hint'),
    loading: t('deepZoom.loading'),
    failed: t('deepZoom.failed'),
    openLarge: t('open'),
  };
  return (
    <DeepZoomImage info={item.deepZoom} large={item.large.url} alt={item.caption} labels={labels}>
      {children}
    </DeepZoomImage>
  );
}

export async function HeroPortrait({ slug, portrait }: { slug: string; portrait: PublicMedia | null }) {
  const t = await getTranslations('media');
  if (!portrait) {
    return (
      <p className="portrait-invitation" data-testid="portrait-invitation">
        {t('noPortrait')} <Link href={`/heroes/${slug}/media/new?kind=PORTRAIT`}>{t('addPortrait')}</Link>
      </p>
    );
  }
  return (
    <figure className="portrait" data-testid="portrait">
      <Zoom item={portrait}>
        <Picture item={portrait} sizes="(max-width: 600px) 60vw, 240px" priority />
      </Zoom>
      <figcaption lang={portrait.captionLanguage}>{portrait.caption}</figcaption>
    </figure>
  );
}

export async function HeroGallery({ slug, locale, items }: { slug: string; locale: string; items: PublicMedia[] }) {
  const t = await getTranslations('media');
  return (
    <section aria-labelledby="gallery" data-testid="gallery">
      <h2 id="gallery">{t('gallery')}</h2>
      {items.length > 0 && (
        <ul className="gallery">
          {items.map((item) => (
            // The anchor a citation of this picture links to.
            <li key={item.id} id={`media-${item.id}`}>
              <figure>
                <Zoom item={item}>
                  <Picture item={item} sizes="(max-width: 600px) 100vw, 320px" />
                </Zoom>
                <figcaption>
                  <span lang={item.captionLanguage}>{item.caption}</span>
                  <span className="muted">
                    {' '}
                    · {t(`kinds.${item.kind}`)}
                    {item.date && item.datePrecision && (
                      <>
                        {' '}
                        · <PartialDate date={item.date} precision={item.datePrecision} locale={locale} />
                      </>
                    )}
                    {item.place && <> · {item.place}</>}
                  </span>
                  {item.pictured && (
                    <span className="muted">
                      <br />
                      {t('pictured', { who: item.pictured })}
                    </span>
                  )}
                  <br />
                  <small>
                    {t('credit', { credit: item.credit })} · {t(`licences.${item.licence}`)} ·{' '}
                    {t(`provenances.${item.provenance}`)}
                    {item.provenanceNote && <>: {item.provenanceNote}</>}
                    {item.archiveFond && (
                      <>
                        {' '}
                        ·{' '}
                        {t('archiveRef', {
                          fond: item.archiveFond,
                          opis: item.archiveOpis ?? '—',
                          delo: item.archiveDelo ?? '—',
                        })}
                      </>
                    )}
                  </small>
                  <br />
                  <small>
                    <Link href={`/heroes/${slug}/media/${item.id}/remove`} rel="nofollow">
                      {t('askRemoval')}
                    </Link>
                  </small>
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/heroes/${slug}/media/new`}>{t('addImage')}</Link>
      </p>
    </section>
  );
}

/** Kept apart from the facts: the family's words, not checked against documents. */
export async function FamilyMemories({ slug, memories }: { slug: string; memories: PublicMemory[] }) {
  const t = await getTranslations('memories');
  return (
    <section aria-labelledby="family-memories" data-testid="family-memories" className="family-memories">
      <h2 id="family-memories">{t('title')}</h2>
      <p className="muted">{t('disclaimer')}</p>
      {memories.map((memory) => (
        <blockquote key={memory.id} lang={memory.language === 'other' ? undefined : memory.language}>
          {memory.text.split('\n\n').map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
          <footer className="muted">
            —{' '}
            {memory.author?.displayName
              ? t('by', { relation: memory.relation, name: memory.author.displayName })
              : t('relation', { relation: memory.relation })}
          </footer>
        </blockquote>
      ))}
      <p>
        <Link href={`/heroes/${slug}/memories/new`}>{t('add')}</Link>
      </p>
    </section>
  );
}
