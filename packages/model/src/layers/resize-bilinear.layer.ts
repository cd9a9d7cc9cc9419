import * as tf from '@tensorflow/tfjs';

interface ResizeArgs extends tf.serialization.ConfigDict {
  /** Integer upscale factor applied to height and width. */
  scale: number;
}

/**
 * Bilinear upsampling with align_corners=true, as in the reference code's
 * `nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)`. The stock tfjs UpSampling2D
 * layer resizes without aligned corners, which shifts the decoder by half a pixel.
 */
export class ResizeBilinearAligned extends tf.layers.Layer {
  static readonly className = 'Hep2ResizeBilinearAligned';
  readonly scale: number;

  constructor(args: { scale: number; name?: string }) {
    super({ name: args.name });
    this.scale = args.scale;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const s = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
    const up = (d: number | null | undefined): number | null => (d == null ? null : d * this.scale);
    return [s[0] ?? null, up(s[1]), up(s[2]), s[3] ?? null];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor4D;
    const [, h, w] = x.shape;
    return tf.image.resizeBilinear(x, [h * this.scale, w * this.scale], true);
  }

  override getConfig(): tf.serialization.ConfigDict {
    const args: ResizeArgs = { scale: this.scale };
    return { ...super.getConfig(), ...args };
  }
}

tf.serialization.registerClass(ResizeBilinearAligned);
