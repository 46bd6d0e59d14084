// npm run user:role -- <email> <role>: set a user's role from the shell (recorded as a role change).
import { runWithDatabase } from './db/run-script';
import { z } from 'zod';
import { EmailSchema } from '../lib/accounts/schemas';
import { applyRoleChange } from '../lib/accounts/role-change';
import { ROLES } from '../lib/permissions';

const USAGE = `Usage: npm run user:role -- <email> <role>
Sets the role of the user with that email: ${ROLES.map((r) => r.toLowerCase()).join(', ')}.
A user who has never signed in is created, so the first admin can be named before signing in.
Every change is recorded (who: the shell, whom, when, from, to). Exit status 0 on success,
1 on bad arguments or failure.`;

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
const parsed = z
  .tuple([
    EmailSchema,
    z
      .string()
      .transform((r) => r.toUpperCase())
      .pipe(z.enum(ROLES, { error: `The role must be one of: ${ROLES.join(', ').toLowerCase()}` })),
  ])
  .safeParse(args);
if (!parsed.success) {
  console.error(`${parsed.error.issues.map((i) => i.message).join('\n')}\n\n${USAGE}`);
  process.exit(1);
}
const [email, role] = parsed.data;
await runWithDatabase(
  async ({ prisma }) => {
    const user = await prisma.user.upsert({ where: { email }, create: { email }, update: {}, select: { id: true } });
    const result = await applyRoleChange(prisma, { subjectId: user.id, toRole: role, actorId: null, via: 'cli' });
    console.log(
      result.changed
        ? `${email}: ${result.fromRole.toLowerCase()} -> ${role.toLowerCase()}`
        : `${email} is already ${role.toLowerCase()}.`,
    );
  },
  { log: () => {} },
);
