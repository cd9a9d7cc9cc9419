import type { ApiServices } from '../graphql/context';

/**
 * What a service takes from the app: the database, the other long-lived services it names, and the
 * id of the request it serves (audit rows carry it). A resolver passes its context, which has them
 * all; the service's signature says which it uses. See CONTRIBUTING.md, "Service signatures".
 */
export type ServiceDeps<K extends keyof ApiServices = never> = Pick<ApiServices, 'db' | K> & {
  requestId: string | null;
};
