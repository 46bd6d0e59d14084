import { z } from 'zod';
import { ROLES } from '../permissions';
import { IdSchema } from '../ids';
import { routing } from '../../i18n/routing';
import { sanitizeLine } from '../forms';

/** Normalised so that one address is one rate-limit key and one account. */
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'An email address is at most 254 characters')
  .pipe(z.email('Enter an email address such as name@example.org'));

export const SignInRequestSchema = z.object({
  email: z.string().max(1000),
  locale: z.enum(routing.locales).default(routing.defaultLocale),
});

export const RoleChangeSchema = z.object({
  userId: IdSchema,
  role: z.enum(ROLES, { error: `A role is one of ${ROLES.join(', ')}` }),
});
export type RoleChangeInput = z.infer<typeof RoleChangeSchema>;

export const DisableUserSchema = z.object({
  userId: IdSchema,
  disabled: z.enum(['true', 'false']).transform((value) => value === 'true'),
});
export type DisableUserInput = z.input<typeof DisableUserSchema>;

/** A public name: what the person wants readers to see, and never an address. */
export const DisplayNameSchema = z.object({
  displayName: z
    .string()
    .transform((value) => sanitizeLine(value))
    .pipe(
      z
        .string()
        .min(2, 'displayNameTooShort')
        .max(60, 'displayNameTooLong')
        .refine((value) => !value.includes('@'), 'displayNameNoAddress'),
    ),
});
export type DisplayNameInput = z.input<typeof DisplayNameSchema>;
