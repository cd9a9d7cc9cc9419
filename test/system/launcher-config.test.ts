import { describe, expect, it } from 'vitest';
import { loadLauncherConfig } from '../../scripts/lib/launcher-config';

describe('launcher configuration', () => {
  it('seeds the demo (known passwords) by default only into the embedded database', () => {
    expect(loadLauncherConfig({}).SEED_DEMO).toBe('true');
    expect(loadLauncherConfig({ DATABASE_URL: '' }).SEED_DEMO).toBe('true');
    expect(loadLauncherConfig({ DATABASE_URL: 'postgresql://lab@db:5432/hep2' }).SEED_DEMO).toBe('false');
  });

  it('SEED_DEMO set explicitly wins either way', () => {
    const real = { DATABASE_URL: 'postgresql://lab@db:5432/hep2' };
    expect(loadLauncherConfig({ ...real, SEED_DEMO: 'true' }).SEED_DEMO).toBe('true');
    expect(loadLauncherConfig({ SEED_DEMO: 'false' }).SEED_DEMO).toBe('false');
  });
});
