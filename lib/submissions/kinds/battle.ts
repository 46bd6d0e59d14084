// A battle or operation an existing Hero fought in: found or created in the catalogue of battles,
// with the Hero's part in it.
import { z } from 'zod';
import { findOrCreateBattle } from '../../heroes/catalog';
import { textField } from '../../forms';
import { bumpVersion, type KindModule } from './kind';
import { addsToList, formWithEvidence } from './addition';

export const BattleSchema = z.object({
  battleName: textField(300, { required: true }),
  battleDate: textField(100),
  battlePlace: textField(300),
  battleNote: textField(1000),
});
type BattlePayload = z.infer<typeof BattleSchema>;

export const battle = {
  ...addsToList,
  async apply(tx, heroId, submission, { expectedVersion }) {
    const battle = submission.payload as BattlePayload;
    const saved = await findOrCreateBattle(tx, {
      name: battle.battleName!,
      dateText: battle.battleDate,
      place: battle.battlePlace,
    });
    const participation = { dateText: battle.battleDate, place: battle.battlePlace, note: battle.battleNote };
    await tx.battleParticipation.upsert({
      where: { heroId_battleId: { heroId, battleId: saved.id } },
      create: { heroId, battleId: saved.id, ...participation },
      update: participation,
    });
    await bumpVersion(tx, heroId, expectedVersion);
    return {};
  },
  add: formWithEvidence(BattleSchema, {
    query: 'battle',
    heading: 'battles',
    link: 'addBattle',
    multiline: ['battleNote'],
  }),
} satisfies KindModule;
