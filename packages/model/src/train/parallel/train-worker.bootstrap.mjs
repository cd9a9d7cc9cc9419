// Worker threads start as plain Node: register tsx's loader (the package is TypeScript source, run
// through tsx everywhere) before importing the replica. Harmless when the parent's tsx flags were
// inherited.
import { register } from 'tsx/esm/api';

register();
await import('./train-worker.ts');
