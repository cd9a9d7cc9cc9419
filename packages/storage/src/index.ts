export { objectKeys } from './object-keys';
export {
  ObjectStore,
  type ObjectStoreConfig,
  type PendingObjectReader,
  type StoredObjectInfo,
} from './object-store';
export { ObjectStoreTimeoutError } from './object-store-errors';
