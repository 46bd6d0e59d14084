// The kinds that add one item to a Hero's lists (a unit, a battle, an award), by their schemas:
// each is a module of ./kinds; this names the three together.
import { completeInput } from '../forms';
import { AwardSchema } from './kinds/award';
import { BattleSchema } from './kinds/battle';
import { fieldsOf } from './kinds/addition';
import { UnitSchema } from './kinds/unit';

export const ADDITION_SCHEMAS = { UNIT: UnitSchema, BATTLE: BattleSchema, AWARD: AwardSchema } as const;
type AdditionKind = keyof typeof ADDITION_SCHEMAS;

export const ADDITION_FIELDS = {
  UNIT: fieldsOf(UnitSchema),
  BATTLE: fieldsOf(BattleSchema),
  AWARD: fieldsOf(AwardSchema),
} satisfies Record<AdditionKind, readonly string[]>;

export function parseAddition(kind: AdditionKind, input: Record<string, unknown>) {
  return ADDITION_SCHEMAS[kind].safeParse(completeInput(input, ADDITION_FIELDS[kind]));
}
