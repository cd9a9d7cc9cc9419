export { type EmbeddedPg, type EmbeddedPostgresOptions, startEmbeddedPostgres } from './embedded-postgres';
export { type EmbeddedS3, type EmbeddedS3Options, startEmbeddedS3 } from './embedded-s3';
export { findFreePort, isPortInUse } from './free-port';
export { exitWhenLauncherDies } from './launcher-watchdog';
