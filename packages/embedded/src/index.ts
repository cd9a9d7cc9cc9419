export { type EmbeddedPg, type EmbeddedPostgresOptions, startEmbeddedPostgres } from './embedded-postgres';
export { type EmbeddedS3, type EmbeddedS3Options, startEmbeddedS3 } from './embedded-s3';
export { type EmbeddedS3Process, startEmbeddedS3Process } from './embedded-s3-process';
export { findFreePort, isPortInUse } from './free-port';
export { exitWhenLauncherDies } from './launcher-watchdog';
