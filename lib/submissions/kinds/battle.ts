// A battle or operation an existing Hero fought in: found or created in the catalogue of battles,
// with the Hero's part in it.
import { z } from 'zod';
import { findOrCreateBattle } from '../../heroes/catalog';
import { textField } from '../../forms';
import { bumpVersion, payloadRows, type KindModule } from './kind';
import { fieldsOf, parseWithEvidence } from './addition';

export const BattleSchema = z.object({
  battleName: textField(300, { required: true }),
  battleDate: textField(100),
  battlePlace: textField(300),
  battleNote: textField(1000),
});
type BattlePayload = z.infer<typeof BattleSchema>;

export const battle = {
  createsHero: false,
  citesOfferedPictures: true,
  amendable: false,
  takesPictures: false,
  reason: (submission) => submission.note,
  reviewRows: ({ submission }) => payloadRows(submission.payload),
  async apply(tx, heroId, submission, { expectedVersion }) {
    const battle = submission.payload as BattlePayload;
    const saved = await findOrCreateBattle(tx, {
      name: battle.battleName!,
      dateText: battle.battleDate,
      place: battle.battlePlace,
    });
    await tx.battleParticipation.upsert({
      where: { heroId_battleId: { heroId, battleId: saved.id } },
      create: {
        heroId,
        battleId: saved.id,
        dateText: battle.battleDate,
        place: battle.battlePlace,
        note: battle.battleNote,
      },
      update: { dateText: battle.battleDate, place: battle.battlePlace, note: battle.battleNote },
    });
    await bumpVersion(tx, heroId, expectedVersion);
    return {};
  },
  add: {
    query: 'battle',
    heading: 'battles',
    link: 'addBattle',
    schema: BattleSchema,
    fields: fieldsOf(BattleSchema),
    multiline: ['battleNote'],
    evidence: 'full',
    parse: (input, citable) => parseWithEvidence(BattleSchema, input, citable),
  },
} satisfies KindModule;
