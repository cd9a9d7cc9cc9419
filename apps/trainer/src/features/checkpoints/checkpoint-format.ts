import { type EarlyStoppingState, readFramed, type TrainerState, writeFramed } from '@hep2/model';

/**
 * A checkpoint as one object: "HEP2CKP1", uint32 LE header length, UTF-8 JSON header, the model
 * (serializeModel bytes), the optimizer slots as float32 LE, then - when the best epoch is an
 * earlier one - that epoch's weights as float32 LE. The sha256 of the whole object is recorded on
 * the run, so a torn or altered object is refused before any of it is parsed.
 */
const MAGIC = 'HEP2CKP1';

export interface CheckpointContent {
  runId: string;
  /** Last completed epoch. */
  epoch: number;
  /** Shuffling and augmentation generator position after that epoch. */
  rngPosition: number;
  model: Uint8Array;
  trainer: TrainerState;
  /** Absent in checkpoints written before early stopping was kept. */
  earlyStopping?: EarlyStoppingState;
}

interface Header {
  format: 1;
  runId: string;
  epoch: number;
  rngPosition: number;
  steps: number;
  dropoutCalls?: TrainerState['dropoutCalls'];
  weighting: TrainerState['weighting'];
  optimizerSlots: TrainerState['optimizerSlots'];
  modelBytes: number;
  optimizerValues: number;
  earlyStopping?: Omit<EarlyStoppingState, 'bestWeights'> & { bestWeightValues: number };
}

export function encodeCheckpoint(c: CheckpointContent): Uint8Array {
  const header: Header = {
    format: 1,
    runId: c.runId,
    epoch: c.epoch,
    rngPosition: c.rngPosition,
    steps: c.trainer.steps,
    dropoutCalls: c.trainer.dropoutCalls,
    weighting: c.trainer.weighting,
    optimizerSlots: c.trainer.optimizerSlots,
    modelBytes: c.model.byteLength,
    optimizerValues: c.trainer.optimizerData.length,
  };
  const best = c.earlyStopping?.bestWeights ?? new Float32Array(0);
  if (c.earlyStopping) {
    const { bestWeights: _, ...stopping } = c.earlyStopping;
    header.earlyStopping = { ...stopping, bestWeightValues: best.length };
  }
  return writeFramed(MAGIC, header, [c.model, bytesOf(c.trainer.optimizerData), bytesOf(best)]);
}

const bytesOf = (values: Float32Array) => new Uint8Array(values.buffer, values.byteOffset, values.byteLength);

export function decodeCheckpoint(bytes: Uint8Array): CheckpointContent {
  const { header, bodyStart: modelStart } = readFramed<Header>(bytes, MAGIC, 'a checkpoint');
  if (header.format !== 1) throw new Error(`unsupported checkpoint format ${header.format}`);
  const optimizerStart = modelStart + header.modelBytes;
  const bestStart = optimizerStart + header.optimizerValues * 4;
  const end = bestStart + (header.earlyStopping?.bestWeightValues ?? 0) * 4;
  if (end !== bytes.byteLength)
    throw new Error(`checkpoint is ${bytes.byteLength} bytes, its header says ${end}`);
  // Copies: the float32 view needs 4-byte alignment, and the model bytes outlive the buffer.
  const optimizerData = new Float32Array(bytes.slice(optimizerStart, bestStart).buffer);
  const stopping = header.earlyStopping;
  return {
    runId: header.runId,
    epoch: header.epoch,
    rngPosition: header.rngPosition,
    model: bytes.slice(modelStart, optimizerStart),
    trainer: {
      steps: header.steps,
      dropoutCalls: header.dropoutCalls,
      weighting: header.weighting,
      optimizerSlots: header.optimizerSlots,
      optimizerData,
    },
    ...(stopping
      ? {
          earlyStopping: {
            bestScore: stopping.bestScore,
            bestEpoch: stopping.bestEpoch,
            stale: stopping.stale,
            bestWeights:
              stopping.bestWeightValues > 0 ? new Float32Array(bytes.slice(bestStart, end).buffer) : null,
          },
        }
      : {}),
  };
}
