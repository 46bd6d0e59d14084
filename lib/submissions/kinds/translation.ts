// A Russian or Tajik value of one of a Hero's texts (lib/translations proposes and applies it): the
// moderator reads the English it translates, and the value in that language then, now and proposed.
import { db } from '../../db';
import { applyTranslation, type TranslationPayload } from '../../translations/translations';
import { bumpVersion, changesHero, type KindModule } from './kind';

async function currentTranslation(payload: TranslationPayload): Promise<string | null> {
  const row = await db.translation.findUnique({
    where: {
      entity_entityId_field_locale: {
        entity: payload.entity,
        entityId: payload.entityId,
        field: payload.field,
        locale: payload.locale,
      },
    },
    select: { value: true },
  });
  return row?.value ?? null;
}

export const translation = changesHero({
  citesOfferedPictures: false,
  async reviewRows({ submission }) {
    const payload = submission.payload as TranslationPayload;
    const base = submission.baseSnapshot as { value: string | null };
    return [
      { field: 'translationSource', base: payload.english, now: payload.english, proposed: payload.english },
      {
        field: payload.locale === 'tg' ? 'translationTg' : 'translationRu',
        base: base.value,
        now: await currentTranslation(payload),
        proposed: payload.value,
      },
    ];
  },
  async apply(tx, heroId, submission, { expectedVersion }) {
    const { extraDiff } = await applyTranslation(tx, heroId, submission.payload as TranslationPayload);
    await bumpVersion(tx, heroId, expectedVersion);
    return { extraDiff };
  },
}) satisfies KindModule;
