export {
  type ConnectPlatformOptions,
  connectPlatform,
  PLATFORM_CONNECTION_HELP,
  type PlatformConnection,
} from './connect-platform';
export {
  type EmbeddedPg,
  type EmbeddedPostgresOptions,
  embeddedPostgresUrl,
  startEmbeddedPostgres,
} from './embedded-postgres';
export {
  type EmbeddedS3,
  type EmbeddedS3Options,
  embeddedS3Connection,
  startEmbeddedS3,
} from './embedded-s3';
export { type EmbeddedS3Process, startEmbeddedS3Process } from './embedded-s3-process';
export { findFreePort, isPortInUse } from './free-port';
export { exitWhenLauncherDies } from './launcher-watchdog';
export {
  EMBEDDED_S3_WARNING,
  type PlatformServices,
  type PlatformServicesOptions,
  platformEnv,
  type S3Connection,
  startPlatformServices,
} from './platform-services';
export * from './platform-settings';
