import type { Db } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';
import type { ApiConfig } from '../config';
import type { ViewerCache } from '../features/accounts/viewer-cache';
import type { EventBus } from '../features/events/event-bus';
import type { HealthCheck } from '../features/health/health.service';
import type { DurableQueue } from '../shared/job-queue';
import type { RequestMemo } from './request-memo';

export type ViewerRole = 'ANNOTATOR' | 'CURATOR' | 'ADMIN';

export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: ViewerRole;
  /** Set when the request used a session (cookie or bearer), to allow sign-out. */
  sessionId: string | null;
}

/** Long-lived services shared by every request. */
export interface ApiServices {
  config: ApiConfig;
  db: Db;
  store: ObjectStore;
  /** Object store as seen from browsers (presigned URLs must name the public host). */
  publicStore: ObjectStore;
  events: EventBus;
  /** Recently resolved viewers, kept correct by the database's change events. */
  viewers: ViewerCache;
  /** The durable background-import queue (pg-boss). */
  imports: DurableQueue;
  /** The durable background-export queue (pg-boss, the same instance). */
  exports: DurableQueue;
}

export interface ApiContext extends ApiServices {
  viewer: Viewer | null;
  /** This replica's health, checked at most once a second however often a request asks. */
  health: HealthCheck;
  /** Results computed once per request (an operation over graphql-ws), by key. */
  once: RequestMemo;
  requestId: string;
  ip: string;
  /** Sets or clears the session cookie on HTTP requests; absent on WebSocket operations. */
  setSessionCookie?: (token: string | null, expiresAt?: Date) => void;
}
