// A unit an existing Hero served in: found or created in the catalogue of units, with the Hero's
// service in it (role, rank, dates).
import { z } from 'zod';
import { findOrCreateUnit } from '../../heroes/catalog';
import { UNIT_LEVELS } from '../../heroes/schemas';
import { unitLevelTerm } from '../../i18n/glossary';
import { partialDateField, textField } from '../../forms';
import { addsRows, type KindModule } from './kind';
import { addsToList, formWithEvidence } from './addition';

export const UnitSchema = z.object({
  unitName: textField(200, { required: true }),
  level: z.enum(UNIT_LEVELS, { error: 'required' }),
  parentName: textField(200),
  parentLevel: z.union([z.literal(''), z.enum(UNIT_LEVELS)]).transform((v) => (v === '' ? null : v)),
  serviceRole: textField(300),
  serviceRank: textField(200),
  fromDate: partialDateField(),
  toDate: partialDateField(),
});
type UnitPayload = z.infer<typeof UnitSchema>;

export const unit = {
  ...addsToList,
  apply: addsRows(async (tx, heroId, unit: UnitPayload) => {
    const parent = unit.parentName
      ? await findOrCreateUnit(tx, { name: unit.parentName, level: unit.parentLevel ?? 'DIVISION' })
      : null;
    const saved = await findOrCreateUnit(tx, { name: unit.unitName!, level: unit.level, parentId: parent?.id ?? null });
    const service = { role: unit.serviceRole, rank: unit.serviceRank, fromDate: unit.fromDate, toDate: unit.toDate };
    await tx.service.upsert({
      where: { heroId_unitId: { heroId, unitId: saved.id } },
      create: { heroId, unitId: saved.id, ...service },
      update: service,
    });
  }),
  add: formWithEvidence(UnitSchema, {
    query: 'unit',
    heading: 'units',
    link: 'addUnit',
    dates: ['fromDate', 'toDate'],
    initial: { level: 'REGIMENT' },
    options(locale) {
      const levels = UNIT_LEVELS.map((level) => ({ value: level, label: unitLevelTerm(level, locale) }));
      return { level: levels, parentLevel: [{ value: '', label: '—' }, ...levels] };
    },
  }),
} satisfies KindModule;
