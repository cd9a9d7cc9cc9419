import { loadTrainerConfig, type TrainerConfig } from '../../src/config';

/** Fast cadences for tests: sub-second heartbeats, dispatch and polling; a 6 s heartbeat timeout (training steps starve I/O under load). */
export const TEST_TRAINER_ENV: Record<string, string> = {
  TRAINER_BACKENDS: 'wasm',
  TRAINER_HEARTBEAT_SECONDS: '0.5',
  TRAINER_DISPATCH_SECONDS: '0.3',
  TRAINER_POLL_SECONDS: '0.5',
  TRAINER_SWEEP_SECONDS: '0.5',
  TRAINER_TRIGGER_CHECK_SECONDS: '3600',
  RUN_HEARTBEAT_TIMEOUT_SECONDS: '6',
};

export function testTrainerConfig(overrides: Record<string, string> = {}): TrainerConfig {
  return loadTrainerConfig({ ...process.env, ...TEST_TRAINER_ENV, ...overrides });
}

/** Polls until `probe` returns a value (not undefined/null/false), or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 60_000,
  everyMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Tiny settings for CPU tests: lite width 4, 32 px, one stage fewer. */
export const TINY_RUN = {
  inputSize: 32,
  width: 4,
  blocks: [1, 1, 1],
  batchSize: 8,
  epochs: 2,
  augment: false,
};
