import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createDb } from '@hep2/db';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../../apps/api/src/features/accounts/password';
import { repoRoot } from '../e2e/support/platform';

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/create-admin.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });

describe('scripts/create-admin.ts (first admin of a deployment)', () => {
  it('creates an admin, refuses to overwrite it, resets it with --reset', async () => {
    const email = `it-${randomUUID().slice(0, 8)}@lab.example`;
    const created = run(['--email', email, '--name', 'Lab IT']);
    expect(created.status, created.stderr).toBe(0);
    const generated = /password: (\S+)/.exec(created.stdout)?.[1];
    expect(generated).toBeDefined();
    const db = createDb({ connectionString: process.env.DATABASE_URL as string, poolSize: 1 });
    try {
      const user = await db.user.findUniqueOrThrow({ where: { email } });
      expect(user.role).toBe('ADMIN');
      expect(await verifyPassword(user.passwordHash, generated as string)).toBe(true);
      expect(run(['--email', email]).status).toBe(1);
      const reset = run(['--email', email, '--reset'], { HEP2_ADMIN_PASSWORD: 'a-new-long-password' });
      expect(reset.status, reset.stderr).toBe(0);
      const after = await db.user.findUniqueOrThrow({ where: { email } });
      expect(await verifyPassword(after.passwordHash, 'a-new-long-password')).toBe(true);
      expect(
        await db.auditLog.count({
          where: { entityId: user.id, action: { in: ['user.createAdmin', 'user.resetAdmin'] } },
        }),
      ).toBe(2);
    } finally {
      await db.$disconnect();
    }
  });
});
