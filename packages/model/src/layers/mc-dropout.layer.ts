import * as tf from '@tensorflow/tfjs';

/**
 * Dropout that can be switched on outside training, for Monte-Carlo dropout at inference while
 * BatchNorm stays in inference mode (`model.apply(x, {training: true})` would switch both).
 * Each call draws a fresh seed from a per-layer counter: tfjs' own Dropout reuses one fixed seed,
 * which would make every MC sample (and every training step) use the same mask.
 */
export class McDropout extends tf.layers.Layer {
  static readonly className = 'Hep2McDropout';
  readonly rate: number;
  readonly baseSeed: number;
  /** When true, dropout is applied even if the call is not a training call. */
  mcActive = false;
  private calls = 0;

  constructor(args: { rate: number; seed: number; name?: string }) {
    super({ name: args.name });
    this.rate = args.rate;
    this.baseSeed = args.seed;
  }

  /** Position in the mask sequence (saved with a training checkpoint). */
  get callCount(): number {
    return this.calls;
  }

  /** Continue the mask sequence where a checkpointed run left it. */
  resumeAt(calls: number): void {
    this.calls = calls;
  }

  /** Restart the mask sequence, e.g. for reproducible MC-dropout runs. */
  reseed(seed: number): void {
    (this as { baseSeed: number }).baseSeed = seed;
    this.calls = 0;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape | tf.Shape[] {
    return inputShape;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean }): tf.Tensor {
    const x = Array.isArray(inputs) ? (inputs[0] as tf.Tensor) : inputs;
    if (this.rate <= 0 || !(kwargs.training === true || this.mcActive)) return x;
    this.calls += 1;
    const seed = (Math.imul(this.baseSeed + 0x9e3779b9, 2654435761) ^ Math.imul(this.calls, 40503)) >>> 0;
    return tf.dropout(x, this.rate, undefined, seed);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), rate: this.rate, seed: this.baseSeed };
  }
}

tf.serialization.registerClass(McDropout);
