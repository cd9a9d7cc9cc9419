import {
  type OnnxAttribute,
  OnnxAttributeType,
  OnnxDataType,
  type OnnxModel,
  type OnnxNode,
  type OnnxTensor,
  type OnnxValueInfo,
} from './onnx-schema.js';

export type AttrValue = number | number[] | string | { float: number } | { floats: number[] };

/** Integers become INT(S); `{ float }` / `{ floats }` force FLOAT(S) (1.0 would read as an INT). */
function attribute(name: string, value: AttrValue): OnnxAttribute {
  if (typeof value === 'string') {
    return { name, type: OnnxAttributeType.STRING, s: new TextEncoder().encode(value) };
  }
  if (typeof value === 'number') return { name, type: OnnxAttributeType.INT, i: value };
  if (Array.isArray(value)) return { name, type: OnnxAttributeType.INTS, ints: value };
  if ('float' in value) return { name, type: OnnxAttributeType.FLOAT, f: value.float };
  return { name, type: OnnxAttributeType.FLOATS, floats: value.floats };
}

/** Symbolic or fixed dimensions of a graph input or output. */
export type Dims = (number | string)[];

function valueInfo(name: string, dims: Dims): OnnxValueInfo {
  const dim = dims.map((d) => (typeof d === 'string' ? { dim_param: d } : { dim_value: d }));
  return { name, type: { tensor_type: { elem_type: OnnxDataType.FLOAT, shape: { dim } } } };
}

/** Little-endian bytes of a typed array (ONNX raw_data is little-endian; so is every target here). */
function rawBytes(data: Float32Array | BigInt64Array): Uint8Array {
  return new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
}

/**
 * Accumulates an ONNX graph: nodes in topological order (callers add them as they walk the model),
 * named initializers, and float32 inputs/outputs. Value names are generated and unique.
 */
export class OnnxGraphBuilder {
  private readonly nodes: OnnxNode[] = [];
  private readonly initializers: OnnxTensor[] = [];
  private readonly inputs: OnnxValueInfo[] = [];
  private readonly outputs: OnnxValueInfo[] = [];
  private readonly used = new Set<string>();

  /** A fresh value name derived from `base` (layer names are unique, but helpers add suffixes). */
  uniqueName(base: string): string {
    const clean = base.replace(/[^A-Za-z0-9_./-]/g, '_');
    let name = clean;
    for (let k = 1; this.used.has(name); k += 1) name = `${clean}_${k}`;
    this.used.add(name);
    return name;
  }

  input(name: string, dims: Dims): string {
    const unique = this.uniqueName(name);
    this.inputs.push(valueInfo(unique, dims));
    return unique;
  }

  output(value: string, dims: Dims): void {
    this.outputs.push(valueInfo(value, dims));
  }

  floatInit(name: string, data: Float32Array, dims: number[]): string {
    const unique = this.uniqueName(name);
    this.initializers.push({ name: unique, dims, data_type: OnnxDataType.FLOAT, raw_data: rawBytes(data) });
    return unique;
  }

  int64Init(name: string, values: number[]): string {
    const unique = this.uniqueName(name);
    const data = BigInt64Array.from(values.map((v) => BigInt(v)));
    this.initializers.push({
      name: unique,
      dims: [values.length],
      data_type: OnnxDataType.INT64,
      raw_data: rawBytes(data),
    });
    return unique;
  }

  /**
   * Adds a node with one output and returns the output's name (`name`, made unique; or exactly
   * `name` with `exact`, for graph outputs). Empty input names are omitted optional inputs.
   */
  node(
    opType: string,
    inputs: string[],
    name: string,
    attrs: Record<string, AttrValue> = {},
    exact = false,
  ): string {
    if (exact && this.used.has(name)) throw new Error(`ONNX value name already taken: ${name}`);
    const nodeName = this.uniqueName(name);
    const out = nodeName;
    this.nodes.push({
      name: nodeName,
      op_type: opType,
      input: inputs,
      output: [out],
      attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
    });
    return out;
  }

  build(meta: {
    graphName: string;
    opset: number;
    irVersion: number;
    producerVersion: string;
    docString: string;
    metadata: Record<string, string>;
  }): OnnxModel {
    return {
      ir_version: meta.irVersion,
      opset_import: [{ domain: '', version: meta.opset }],
      producer_name: '@hep2/model',
      producer_version: meta.producerVersion,
      doc_string: meta.docString,
      graph: {
        name: meta.graphName,
        node: this.nodes,
        initializer: this.initializers,
        input: this.inputs,
        output: this.outputs,
      },
      metadata_props: Object.entries(meta.metadata).map(([key, value]) => ({ key, value })),
    };
  }
}
