-- CreateIndex
CREATE INDEX "Annotation_submittedAt_idx" ON "Annotation"("submittedAt");

-- CreateIndex
CREATE INDEX "Review_createdAt_idx" ON "Review"("createdAt");

-- CreateIndex
CREATE INDEX "WorkLease_endedAt_idx" ON "WorkLease"("endedAt");
