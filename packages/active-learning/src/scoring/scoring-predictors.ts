import {
  createOnnxPredictor,
  createTfjsPredictor,
  type Hep2Model,
  type InferencePredictor,
  type OrtModule,
} from '@hep2/model';

/**
 * Which inference backend scoring runs on: 'auto' - ONNX Runtime where onnxruntime-node loads and
 * opens the exported graph, else TensorFlow.js; 'onnxruntime' - ONNX Runtime or fail (a job that
 * must not quietly run several times slower); 'tfjs' - TensorFlow.js only.
 */
export type ScoringBackendChoice = 'auto' | 'onnxruntime' | 'tfjs';
export const SCORING_BACKEND_CHOICES: readonly ScoringBackendChoice[] = ['auto', 'onnxruntime', 'tfjs'];

export interface ScoringPredictorsOptions {
  /** Default 'auto'. */
  backend?: ScoringBackendChoice;
  /** ONNX Runtime intra-op threads (default: all available cores). */
  threads?: number;
  /** ONNX Runtime execution providers (default ['cpu']). */
  executionProviders?: string[];
  /**
   * Versions held at most, counting those in use (default 1: the active version); idle ones go
   * least recently used first. Versions in use are never dropped, so more may be held briefly.
   */
  capacity?: number;
  /** Loads ONNX Runtime (default: the onnxruntime-node package); injectable for tests. */
  loadRuntime?: () => Promise<OrtModule>;
  log?: (line: string) => void;
}

/** One version's model and predictor, held until `release`. */
export interface ScoringLease {
  readonly model: Hep2Model;
  readonly predictor: InferencePredictor;
  release(): Promise<void>;
}

/**
 * A process's scoring models: one deserialised model and one inference predictor per model version
 * (the ONNX export and session are made once per version, not per job or shard), shared by the
 * jobs that score it, and disposed when evicted (beyond `capacity` idle versions) or on `dispose`.
 */
export interface ScoringPredictors {
  readonly backend: ScoringBackendChoice;
  /**
   * The version's model and predictor; `load` deserialises the artifact when the version is not
   * held yet. A version is keyed by id and artifact checksum. `loadOnnx` gives the version's stored
   * ONNX export (made at registration); without one, or when it gives none, the graph is exported
   * from the model, and the predictor's `info.graph` says which and why.
   */
  acquire(
    version: { id: string; artifactSha256: string },
    load: () => Promise<Hep2Model>,
    loadOnnx?: () => Promise<StoredGraph>,
  ): Promise<ScoringLease>;
  /** Versions held now (loaded or loading). */
  size(): number;
  /** Disposes every held model and predictor; later acquires fail. */
  dispose(): Promise<void>;
}

/** A stored ONNX graph, or (bytes null) why there is none to use. */
export interface StoredGraph {
  bytes: Uint8Array | null;
  note: string;
}

interface Entry {
  ready: Promise<{ model: Hep2Model; predictor: InferencePredictor }>;
  users: number;
  lastUsed: number;
}

export function createScoringPredictors(opts: ScoringPredictorsOptions = {}): ScoringPredictors {
  const backend = opts.backend ?? 'auto';
  const capacity = Math.max(0, opts.capacity ?? 1);
  const log = opts.log ?? ((line: string) => console.info(line));
  const entries = new Map<string, Entry>();
  let tick = 0;
  let closed = false;

  const makePredictor = async (
    model: Hep2Model,
    loadOnnx: (() => Promise<StoredGraph>) | undefined,
  ): Promise<InferencePredictor> => {
    if (backend === 'tfjs') return createTfjsPredictor(model, "scoring backend set to 'tfjs'");
    const stored = loadOnnx ? await loadOnnx() : null;
    const predictor = await createOnnxPredictor(model, {
      onnxBytes: stored?.bytes ?? undefined,
      graphNote: stored?.note,
      threads: opts.threads,
      executionProviders: opts.executionProviders,
      loadRuntime: opts.loadRuntime,
      log,
    });
    if (backend === 'onnxruntime' && predictor.info.backend !== 'onnxruntime') {
      await predictor.dispose();
      throw new Error(`scoring backend 'onnxruntime' is required but ${predictor.info.fallbackReason}`);
    }
    return predictor;
  };

  const disposeEntry = async (entry: Entry) => {
    const held = await entry.ready.catch(() => null);
    if (!held) return;
    await held.predictor.dispose();
    held.model.dispose();
  };

  /** Drops the least recently used idle versions while more than `capacity - room` are held. */
  const evict = async (room = 0) => {
    const idle = [...entries]
      .filter(([, e]) => e.users === 0)
      .sort(([, a], [, b]) => a.lastUsed - b.lastUsed);
    const drop = idle.slice(0, Math.max(0, entries.size + room - capacity));
    for (const [key] of drop) entries.delete(key);
    await Promise.all(drop.map(([, e]) => disposeEntry(e)));
  };

  return {
    backend,
    async acquire(version, load, loadOnnx) {
      if (closed) throw new Error('scoring predictors are disposed');
      const key = `${version.id}:${version.artifactSha256}`;
      // Make room first, so an old version's model is freed before the new one loads.
      if (!entries.has(key)) await evict(1);
      if (closed) throw new Error('scoring predictors are disposed');
      let entry = entries.get(key);
      if (!entry) {
        const ready = (async () => {
          const model = await load();
          try {
            return { model, predictor: await makePredictor(model, loadOnnx) };
          } catch (err) {
            model.dispose();
            throw err;
          }
        })();
        entry = { ready, users: 0, lastUsed: 0 };
        entries.set(key, entry);
      }
      const held = entry;
      held.users += 1;
      held.lastUsed = ++tick;
      let got: { model: Hep2Model; predictor: InferencePredictor };
      try {
        got = await held.ready;
      } catch (err) {
        held.users -= 1;
        if (entries.get(key) === held) entries.delete(key);
        throw err;
      }
      let released = false;
      return {
        model: got.model,
        predictor: got.predictor,
        async release() {
          if (released) return;
          released = true;
          held.users -= 1;
          held.lastUsed = ++tick;
          if (closed || entries.get(key) !== held) {
            if (held.users === 0) await disposeEntry(held);
            return;
          }
          await evict();
        },
      };
    },
    size: () => entries.size,
    async dispose() {
      closed = true;
      const all = [...entries.values()];
      entries.clear();
      // Versions still in use are disposed by their last release.
      await Promise.all(all.filter((e) => e.users === 0).map(disposeEntry));
    },
  };
}
