-- Gold answers handed in before SCORED existed stayed SUBMITTED: they move to SCORED, with a
-- revision (a migration of its own: a new enum value cannot be used in the transaction adding it).
WITH moved AS (
  UPDATE "Annotation" a SET status = 'SCORED', version = a.version + 1, "updatedAt" = CURRENT_TIMESTAMP
  WHERE a.status = 'SUBMITTED' AND EXISTS (SELECT 1 FROM "GoldScore" g WHERE g."annotationId" = a.id)
  RETURNING a.*
)
INSERT INTO "AnnotationRevision"(id, "annotationId", version, status, "patternClassId", "intensityLevelId", "maskKey", "editedById")
SELECT gen_random_uuid(), m.id, m.version, m.status, m."patternClassId", m."intensityLevelId", m."maskKey", m."authorId"
FROM moved m;
