'use client';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { parseEpochs, parseProgress } from './run-json';
import { TrainingRunDetailQuery } from './training.graphql';
import type { Run } from './use-live-runs';

export interface StepPoint {
  step: number;
  mask: number | null;
  pattern: number | null;
  intensity: number | null;
  wMask: number | null;
  wPattern: number | null;
  wIntensity: number | null;
}

/**
 * A run's epochs (refetched whenever the live run reports a new epoch or status) and the step-level
 * losses and weights seen live while this page is open.
 */
export function useRunDetail(run: Run) {
  const [result, refetch] = useQuery({ query: TrainingRunDetailQuery, variables: { id: run.id } });
  const progress = parseProgress(run.progress);
  const epochKey = `${run.status}:${progress.epoch ?? 0}:${progress.phase ?? ''}`;
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refetch when the live epoch/status moves on
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    refetch({ requestPolicy: 'network-only' });
  }, [epochKey]);

  const [steps, setSteps] = useState<StepPoint[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new run starts a new buffer
  useEffect(() => setSteps([]), [run.id]);
  useEffect(() => {
    if (typeof progress.step !== 'number' || !progress.losses) return;
    const point: StepPoint = {
      step: progress.step,
      mask: progress.losses.mask ?? null,
      pattern: progress.losses.pattern ?? null,
      intensity: progress.losses.intensity ?? null,
      wMask: progress.weights?.mask ?? null,
      wPattern: progress.weights?.pattern ?? null,
      wIntensity: progress.weights?.intensity ?? null,
    };
    setSteps((s) => (s.at(-1)?.step === point.step ? s : [...s, point].slice(-500)));
  }, [progress.step, progress.losses, progress.weights]);

  const epochs = parseEpochs(result.data?.trainingRun.epochs ?? []);
  return { result, epochs, steps, progress, retry: () => refetch({ requestPolicy: 'network-only' }) };
}
