export { forEachLimited } from './for-each-limited';
export { objectKeys } from './object-keys';
export {
  ObjectStore,
  type ObjectStoreConfig,
  type PendingObjectReader,
  type PutStreamOptions,
  type StoredObjectInfo,
  type StreamedObject,
} from './object-store';
export { ObjectStoreTimeoutError } from './object-store-errors';
