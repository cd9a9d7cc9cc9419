/**
 * Creates the first admin of a deployment (or resets an existing account to ADMIN with a new
 * password). Talks to DATABASE_URL directly, so it works before anyone can sign in.
 *
 *   npm run create-admin -- --email it@lab.example --name "Lab IT"            # prints a generated password
 *   HEP2_ADMIN_PASSWORD=... npm run create-admin -- --email it@lab.example    # password from the environment
 *   docker compose run --rm api npx tsx scripts/create-admin.ts --email it@lab.example
 *
 * An existing account is left alone unless --reset is given. Exit codes: 0 done, 1 refused, 2 usage.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createDb } from '@hep2/db';
import { revokeCredentials } from '../apps/api/src/features/accounts/accounts.service';
import { hashPassword, PASSWORD_MIN_LENGTH } from '../apps/api/src/features/accounts/password';
import { recordAudit } from '../apps/api/src/features/audit/audit.service';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string', default: 'Administrator' },
    reset: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || !values.email) {
  console.log(
    'usage: npm run create-admin -- --email EMAIL [--name NAME] [--reset]   (password: HEP2_ADMIN_PASSWORD or generated)',
  );
  process.exit(values.help ? 0 : 2);
}
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required (the same one the API uses)');
  process.exit(2);
}
const email = values.email.trim().toLowerCase();
if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
  console.error(`not an email address: ${values.email}`);
  process.exit(2);
}
const given = process.env.HEP2_ADMIN_PASSWORD;
if (given !== undefined && given.length < PASSWORD_MIN_LENGTH) {
  console.error(`HEP2_ADMIN_PASSWORD must have at least ${PASSWORD_MIN_LENGTH} characters`);
  process.exit(2);
}
const password = given ?? randomBytes(15).toString('base64url');

const db = createDb({ connectionString: url, poolSize: 1 });
try {
  const existing = await db.user.findUnique({
    where: { email },
    select: { id: true, role: true, active: true },
  });
  if (existing && !values.reset) {
    console.error(
      `${email} already exists (role ${existing.role}); pass --reset to make it an active ADMIN with a new password`,
    );
    process.exitCode = 1;
  } else {
    const passwordHash = await hashPassword(password);
    await db.$transaction(async (tx) => {
      const user = existing
        ? await tx.user.update({
            where: { id: existing.id },
            data: { role: 'ADMIN', active: true, passwordHash },
          })
        : await tx.user.create({ data: { email, name: values.name as string, role: 'ADMIN', passwordHash } });
      // a reset is for a lost or leaked password: whatever the old one let in (sessions, tokens) ends
      if (existing) await revokeCredentials(tx, existing.id);
      await recordAudit(tx, {
        actorId: null,
        action: existing ? 'user.resetAdmin' : 'user.createAdmin',
        entityType: 'User',
        entityId: user.id,
        before: existing ? { role: existing.role, active: existing.active } : null,
        after: { email, role: 'ADMIN', via: 'scripts/create-admin.ts' },
      });
    });
    console.log(`${existing ? 'reset' : 'created'} admin ${email}`);
    if (given === undefined) console.log(`password: ${password}\n(shown once; change it after signing in)`);
  }
} finally {
  await db.$disconnect();
}
