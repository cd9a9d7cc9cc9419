// s3rver ships no types; this is the part of its API the project uses.
declare module 's3rver' {
  import type { IncomingMessage, Server } from 'node:http';

  interface S3rverOptions {
    address?: string;
    port?: number;
    directory: string;
    silent?: boolean;
    configureBuckets?: { name: string }[];
    allowMismatchedSignatures?: boolean;
  }
  /** An object as s3rver's routes hand it to the store. */
  export interface S3rverObject {
    bucket: string;
    key: string;
    metadata: Record<string, string>;
    content: Buffer | NodeJS.ReadableStream;
  }
  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
    httpServer?: Server;
    /** Koa's middleware list (s3rver is a Koa app): composed when it starts listening. */
    middleware: Array<
      (
        ctx: { req: IncomingMessage; status: number; type: string; body: unknown },
        next: () => Promise<void>,
      ) => Promise<void>
    >;
    /** Its filesystem store (an internal, patched in embedded-s3.ts). */
    store: {
      deleteObject(bucket: string, key: string): Promise<void>;
      putObject(object: S3rverObject): Promise<{ size: number; md5: string }>;
      putMetadata(bucket: string, key: string, metadata: Record<string, string>, md5: string): Promise<void>;
      getResourcePath(bucket: string, key: string, resource: string): string;
    };
  }
}
