import type { Role } from '@hep2/db';

/** Who a service acts for: the signed-in viewer, as services see them (id and role only). */
export interface Actor {
  id: string;
  role: Role;
}

export const isCurator = (actor: Actor) => actor.role === 'CURATOR' || actor.role === 'ADMIN';
