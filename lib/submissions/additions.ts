// Proposals that add to a Hero's record: a unit served in, a battle fought in, an award. Each
// carries evidence like any proposal; approval applies it in the moderation transaction.
import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';
import { parsePartialDate } from '../partial-date';
import { findOrCreateBattle, findOrCreateUnit } from '../heroes/catalog';
import { completeInput, partialDateBetween, partialDateField, textField } from '../forms';

export const UNIT_LEVELS = ['COMPANY', 'BATTALION', 'REGIMENT', 'BRIGADE', 'DIVISION', 'CORPS', 'ARMY', 'FRONT', 'PARTISAN'] as const;
export const ADDITION_KINDS = ['UNIT', 'BATTLE', 'AWARD'] as const;
export type AdditionKind = (typeof ADDITION_KINDS)[number];

const text = (max: number, required = false) => textField(max, { required });

export const ADDITION_SCHEMAS = {
  UNIT: z.object({
    unitName: text(200, true),
    level: z.enum(UNIT_LEVELS, { error: 'required' }),
    parentName: text(200),
    parentLevel: z.union([z.literal(''), z.enum(UNIT_LEVELS)]).transform((v) => (v === '' ? null : v)),
    serviceRole: text(300),
    serviceRank: text(200),
    fromDate: partialDateField(),
    toDate: partialDateField(),
  }),
  BATTLE: z.object({
    battleName: text(300, true),
    battleDate: text(100),
    battlePlace: text(300),
    battleNote: text(1000),
  }),
  AWARD: z
    .object({
      awardKind: z.enum(['ORDER_OF_LENIN', 'OTHER'], { error: 'required' }),
      awardName: text(300),
      decreeDate: partialDateBetween(1918, 1991, 'awardRange'),
      documentRef: text(300),
    })
    .refine((a) => a.awardKind === 'ORDER_OF_LENIN' || a.awardName !== null, { message: 'required', path: ['awardName'] }),
} as const;

export const ADDITION_FIELDS: Record<AdditionKind, readonly string[]> = {
  UNIT: ['unitName', 'level', 'parentName', 'parentLevel', 'serviceRole', 'serviceRank', 'fromDate', 'toDate'],
  BATTLE: ['battleName', 'battleDate', 'battlePlace', 'battleNote'],
  AWARD: ['awardKind', 'awardName', 'decreeDate', 'documentRef'],
};

export function parseAddition(kind: AdditionKind, input: Record<string, unknown>) {
  return ADDITION_SCHEMAS[kind].safeParse(completeInput(input, ADDITION_FIELDS[kind]));
}

type UnitPayload = z.infer<(typeof ADDITION_SCHEMAS)['UNIT']>;
type BattlePayload = z.infer<(typeof ADDITION_SCHEMAS)['BATTLE']>;
type AwardPayload = z.infer<(typeof ADDITION_SCHEMAS)['AWARD']>;

/** Applies an approved addition to the Hero (inside the approval transaction). */
export async function applyAddition(tx: Prisma.TransactionClient, heroId: string, kind: AdditionKind, payload: unknown): Promise<void> {
  if (kind === 'UNIT') {
    const unit = payload as UnitPayload;
    const parent = unit.parentName ? await findOrCreateUnit(tx, { name: unit.parentName, level: unit.parentLevel ?? 'DIVISION' }) : null;
    const saved = await findOrCreateUnit(tx, { name: unit.unitName!, level: unit.level, parentId: parent?.id ?? null });
    await tx.service.upsert({
      where: { heroId_unitId: { heroId, unitId: saved.id } },
      create: { heroId, unitId: saved.id, role: unit.serviceRole, rank: unit.serviceRank, fromDate: unit.fromDate, toDate: unit.toDate },
      update: { role: unit.serviceRole, rank: unit.serviceRank, fromDate: unit.fromDate, toDate: unit.toDate },
    });
  } else if (kind === 'BATTLE') {
    const battle = payload as BattlePayload;
    const saved = await findOrCreateBattle(tx, { name: battle.battleName!, dateText: battle.battleDate, place: battle.battlePlace });
    await tx.battleParticipation.upsert({
      where: { heroId_battleId: { heroId, battleId: saved.id } },
      create: { heroId, battleId: saved.id, dateText: battle.battleDate, place: battle.battlePlace, note: battle.battleNote },
      update: { dateText: battle.battleDate, place: battle.battlePlace, note: battle.battleNote },
    });
  } else {
    const award = payload as AwardPayload;
    const decree = parsePartialDate(award.decreeDate);
    await tx.award.create({
      data: { heroId, kind: award.awardKind, name: award.awardName, decreeDate: decree?.date ?? null, decreePrecision: decree?.precision ?? null, documentRef: award.documentRef },
    });
  }
}
