-- DropIndex
DROP INDEX "Patch_datasetId_status_priority_idx";

-- CreateIndex
CREATE INDEX "Patch_datasetId_status_priority_createdAt_id_idx" ON "Patch"("datasetId", "status", "priority" DESC, "createdAt", "id");
