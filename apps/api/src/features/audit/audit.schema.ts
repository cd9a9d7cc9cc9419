import { builder } from '../../graphql/builder';
import { cursorPage } from '../../graphql/pagination';
import { topics } from '../events/topics';

interface AuditDto {
  id: bigint;
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

const AuditEntryRef = builder.objectRef<AuditDto>('AuditEntry').implement({
  description: 'One state change, as recorded in the append-only audit log.',
  fields: (t) => ({
    id: t.id({ description: 'Sequence number.', resolve: (e) => e.id.toString() }),
    at: t.expose('at', { type: 'DateTime', description: 'When.' }),
    actorId: t.exposeID('actorId', { nullable: true, description: 'Who (null for the system).' }),
    action: t.exposeString('action', { description: 'What, e.g. "annotation.submit".' }),
    entityType: t.exposeString('entityType', { description: 'Kind of thing changed.' }),
    entityId: t.exposeString('entityId', { nullable: true, description: 'Id of the thing changed.' }),
    before: t.expose('before', { type: 'JSON', nullable: true, description: 'State before, if recorded.' }),
    after: t.expose('after', { type: 'JSON', nullable: true, description: 'State after, if recorded.' }),
    requestId: t.exposeString('requestId', { nullable: true, description: 'Request that made the change.' }),
  }),
});

builder.queryField('auditLog', (t) =>
  t.connection({
    type: AuditEntryRef,
    description: 'The audit trail, newest first (admins only).',
    authScopes: { admin: true },
    args: {
      entityType: t.arg.string({ required: false, description: 'Only this kind of entity.' }),
      entityId: t.arg.string({ required: false, description: 'Only this entity.' }),
      actorId: t.arg.id({ required: false, description: 'Only this actor.' }),
      action: t.arg.string({ required: false, description: 'Only this action.' }),
    },
    resolve: (_root, args, ctx) =>
      cursorPage(
        args,
        (e: AuditDto) => e.id.toString(),
        ({ after, before, limit, inverted }) =>
          ctx.db.auditLog.findMany({
            where: {
              entityType: args.entityType ?? undefined,
              entityId: args.entityId ?? undefined,
              actorId: args.actorId ? String(args.actorId) : undefined,
              action: args.action ?? undefined,
              id: after ? { lt: BigInt(after) } : before ? { gt: BigInt(before) } : undefined,
            },
            take: limit,
            orderBy: { id: inverted ? 'asc' : 'desc' },
          }),
        500,
        'integer',
      ),
  }),
);

interface AuditEvent {
  id: string;
  action: string;
  entityType: string;
  entityId: string | null;
}

const AuditEventRef = builder.objectRef<AuditEvent>('AuditEvent').implement({
  description: 'A new audit entry, announced when its transaction commits.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Audit entry id.' }),
    action: t.exposeString('action', { description: 'What happened.' }),
    entityType: t.exposeString('entityType', { description: 'Kind of thing changed.' }),
    entityId: t.exposeString('entityId', { nullable: true, description: 'Id of the thing changed.' }),
  }),
});

builder.subscriptionField('auditAppended', (t) =>
  t.field({
    type: AuditEventRef,
    description: 'Every state change on any API replica, live (admins only).',
    authScopes: { admin: true },
    subscribe: (_root, _args, ctx) => ctx.events.subscribe(topics.audit),
    resolve: (payload) => payload as unknown as AuditEvent,
  }),
);
