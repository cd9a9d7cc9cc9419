import { DomainError } from '../shared/domain-error';
import type { ApiContext, Viewer } from './context';

/** For resolvers behind a signed-in scope: narrows the type, and fails safe if a rule was missed. */
export function requireViewer(ctx: ApiContext): Viewer {
  if (!ctx.viewer) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  return ctx.viewer;
}
