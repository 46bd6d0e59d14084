// A battle or operation an existing Hero fought in: found or created in the catalogue of battles,
// with the Hero's part in it, and where he fought as the source words it and, when the gazetteer
// holds the place, as one of its places (the profile's places list and map show it).
import { z } from 'zod';
import { findOrCreateBattle } from '../../heroes/catalog';
import { textField } from '../../forms';
import { AppError } from '../../errors';
import { invalidatePlaces } from '../../places/invalidate';
import { addsRows, payloadRows, type KindModule } from './kind';
import { addsToList, formWithEvidence } from './addition';
import { chosenId, gazetteerOptions, requireGazetteerPlace } from './gazetteer-choice';
import { placeNamer } from './place-names';
import { db } from '../../db';

export const BattleSchema = z.object({
  battleName: textField(300, { required: true }),
  battleDate: textField(100),
  battlePlace: textField(300),
  battlePlaceId: chosenId('unknownPlace'),
  battleNote: textField(1000),
});
type BattlePayload = z.infer<typeof BattleSchema>;

export const battle = {
  ...addsToList,
  async reviewRows({ submission, locale }) {
    const battle = submission.payload as BattlePayload;
    const named = battle.battlePlaceId ? (await placeNamer(db, locale))(battle.battlePlaceId) : null;
    return payloadRows({ ...battle, battlePlaceId: named });
  },
  apply: addsRows(async (tx, heroId, battle: BattlePayload) => {
    // Proposals sent before a battle could name a place have no battlePlaceId.
    const placeId = battle.battlePlaceId ?? null;
    if (placeId && !(await tx.place.findUnique({ where: { id: placeId }, select: { id: true } })))
      throw new AppError('CONFLICT', 'unknownPlace');
    const saved = await findOrCreateBattle(tx, {
      name: battle.battleName!,
      dateText: battle.battleDate,
      place: battle.battlePlace,
    });
    const participation = {
      dateText: battle.battleDate,
      place: battle.battlePlace,
      note: battle.battleNote,
      ...(placeId ? { placeId } : {}),
    };
    await tx.battleParticipation.upsert({
      where: { heroId_battleId: { heroId, battleId: saved.id } },
      create: { heroId, battleId: saved.id, ...participation },
      update: participation,
    });
    // The place's page lists the Heroes who fought there.
    if (placeId) await invalidatePlaces(tx, [placeId]);
  }),
  add: {
    ...formWithEvidence(BattleSchema, {
      query: 'battle',
      heading: 'battles',
      link: 'addBattle',
      multiline: ['battleNote'],
      options: async (locale, t) => ({ battlePlaceId: await gazetteerOptions(locale, t('placeNotListed')) }),
    }),
    verify: (_heroId, payload) =>
      requireGazetteerPlace(db, 'battlePlaceId', (payload as BattlePayload).battlePlaceId ?? null),
  },
} satisfies KindModule;
