import type { Db, Role } from '@hep2/db';
import { hashPassword } from '../features/accounts/password';

/**
 * Demo accounts for the embedded default set-up only (the launcher seeds them when SEED_DEMO=true).
 * Their passwords are printed at start-up; a real deployment creates its own users.
 */
export const DEMO_USERS: { email: string; name: string; role: Role; password: string }[] = [
  { email: 'admin@demo.local', name: 'Ada Admin', role: 'ADMIN', password: 'demo-admin-pass' },
  { email: 'curator@demo.local', name: 'Cora Curator', role: 'CURATOR', password: 'demo-curator-pass' },
  {
    email: 'annotator@demo.local',
    name: 'Ann Annotator',
    role: 'ANNOTATOR',
    password: 'demo-annotator-pass',
  },
  {
    email: 'annotator2@demo.local',
    name: 'Ben Annotator',
    role: 'ANNOTATOR',
    password: 'demo-annotator-pass',
  },
];

/** Creates missing demo users; existing ones (and their passwords) are left alone. */
export async function ensureDemoUsers(db: Db): Promise<void> {
  for (const user of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
    if (existing) continue;
    await db.user.create({
      data: {
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash: await hashPassword(user.password),
      },
    });
  }
}
