import type { RunProgress } from '@hep2/training';
import cliProgress from 'cli-progress';

export interface ProgressView {
  update(progress: RunProgress): void;
  stop(): void;
}

const fixed = (v: number | null | undefined, digits = 3) =>
  v === null || v === undefined ? '-' : v.toFixed(digits);

/**
 * Training progress on stderr: a bar over all steps on a terminal (epoch, losses, latest
 * validation figures, throughput, ETA); one line per epoch and per phase otherwise (logs, CI).
 */
export function createProgressView(stream: NodeJS.WriteStream = process.stderr): ProgressView {
  return stream.isTTY ? barView(stream) : lineView(stream);
}

function barView(stream: NodeJS.WriteStream): ProgressView {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format:
        '{phase} {bar} {percentage}% | epoch {epoch}/{epochs} | loss {loss} | val dice {dice} pattern {pattern} | {speed} patches/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let last: RunProgress = { phase: 'loading' };
  let phase = '';
  return {
    update(next) {
      // Evaluation and saving updates carry no step figures: keep the last ones on the bar.
      const p: RunProgress = {
        ...last,
        ...next,
        epoch: next.epoch ?? last.epoch,
        epochs: next.epochs ?? last.epochs,
      };
      last = p;
      const step = p.step ?? 0;
      if (!started && p.phase !== phase) stream.write(`${p.phase}\n`);
      phase = p.phase;
      const payload = {
        phase: p.phase.padEnd(10),
        epoch: p.epoch ?? 0,
        epochs: p.epochs ?? '?',
        loss: fixed(sumLosses(p)),
        dice: fixed(p.validation?.dice),
        pattern: fixed(p.validation?.patternAccuracy),
        speed: fixed(p.patchesPerSecond, 1),
      };
      if (!started && p.totalSteps) {
        bar.start(p.totalSteps, step, payload);
        started = true;
      } else if (started) bar.update(step, payload);
    },
    stop: () => bar.stop(),
  };
}

function lineView(stream: NodeJS.WriteStream): ProgressView {
  let phase = '';
  let epoch = 0;
  let validated = 0;
  const write = (line: string) => stream.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
  return {
    update(p) {
      if (p.phase !== phase) {
        phase = p.phase;
        write(
          `${phase}${p.samples ? ` (${p.samples.train} training / ${p.samples.validation} validation patches)` : ''}`,
        );
      }
      if (p.phase === 'training' && p.epoch && p.stepInEpoch === p.stepsPerEpoch && p.epoch > epoch) {
        epoch = p.epoch;
        write(
          `epoch ${p.epoch}/${p.epochs} step ${p.step}/${p.totalSteps} loss ${fixed(sumLosses(p))} ` +
            `${fixed(p.patchesPerSecond, 1)} patches/s ETA ${Math.round(p.etaSeconds ?? 0)} s`,
        );
      }
      if (p.validation && p.validation.epoch > validated) {
        validated = p.validation.epoch;
        const v = p.validation;
        write(
          `  validation epoch ${v.epoch}: loss ${fixed(v.loss)} dice ${fixed(v.dice)} pattern ${fixed(v.patternAccuracy)} intensity ${fixed(v.intensityAccuracy)}`,
        );
      }
    },
    stop: () => {},
  };
}

function sumLosses(p: RunProgress): number | null {
  if (!p.losses) return null;
  return [p.losses.mask, p.losses.pattern, p.losses.intensity].reduce<number>((a, b) => a + (b ?? 0), 0);
}
