// An award of an existing Hero besides the title: the Order of Lenin that came with it, or another
// named award, with its decree date and document.
import { z } from 'zod';
import { parsePartialDate } from '../../partial-date';
import { awardTerm } from '../../i18n/glossary';
import { partialDateBetween, textField } from '../../forms';
import { addsRows, type KindModule } from './kind';
import { addsToList, formWithEvidence } from './addition';

export const AwardSchema = z
  .object({
    awardKind: z.enum(['ORDER_OF_LENIN', 'OTHER'], { error: 'required' }),
    awardName: textField(300),
    decreeDate: partialDateBetween(1918, 1991, 'awardRange'),
    documentRef: textField(300),
  })
  .refine((a) => a.awardKind === 'ORDER_OF_LENIN' || a.awardName !== null, {
    message: 'required',
    path: ['awardName'],
  });
type AwardPayload = z.infer<typeof AwardSchema>;

export const award = {
  ...addsToList,
  apply: addsRows(async (tx, heroId, award: AwardPayload) => {
    const decree = parsePartialDate(award.decreeDate);
    await tx.award.create({
      data: {
        heroId,
        kind: award.awardKind,
        name: award.awardName,
        decreeDate: decree?.date ?? null,
        decreePrecision: decree?.precision ?? null,
        documentRef: award.documentRef,
      },
    });
  }),
  add: formWithEvidence(AwardSchema, {
    query: 'award',
    heading: 'awards',
    link: 'addAward',
    dates: ['decreeDate'],
    options: (locale, t) => ({
      awardKind: [
        { value: 'ORDER_OF_LENIN', label: awardTerm('ORDER_OF_LENIN', locale)! },
        { value: 'OTHER', label: t('awardKinds.OTHER') },
      ],
    }),
  }),
} satisfies KindModule;
