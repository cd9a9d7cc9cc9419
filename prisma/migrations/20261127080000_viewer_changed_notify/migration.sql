-- Every API replica keeps the viewers it resolved (session -> user) for a few seconds, so that a
-- signed-in request costs no database round trip for who is asking. These triggers tell every
-- replica, through the event channel, when something a cached viewer depends on changes: a session
-- revoked, shortened or deleted, a user's role, name, email or active flag changed, a user deleted.
-- Triggers rather than calls in the services, so that any writer (another replica, a script, a
-- person in psql) invalidates the caches too.
-- Prisma's diff does not model functions or triggers, so `npm run db:check` ignores this part.

CREATE FUNCTION "viewer_changed_notify"() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    user_id uuid;
BEGIN
    IF TG_TABLE_NAME = 'User' THEN
        user_id := OLD."id";
    ELSE
        user_id := OLD."userId";
    END IF;
    -- the topic name is apps/api/src/features/events/topics.ts's viewerChanged: keep them equal
    PERFORM pg_notify('hep2_events',
        json_build_object('topic', 'viewer-changed', 'payload', json_build_object('userId', user_id))::text);
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Session_viewer_changed"
    AFTER UPDATE OF "revokedAt", "expiresAt", "userId" OR DELETE ON "Session"
    FOR EACH ROW EXECUTE FUNCTION "viewer_changed_notify"();

CREATE TRIGGER "User_viewer_changed"
    AFTER UPDATE OF "email", "name", "role", "active" OR DELETE ON "User"
    FOR EACH ROW EXECUTE FUNCTION "viewer_changed_notify"();
