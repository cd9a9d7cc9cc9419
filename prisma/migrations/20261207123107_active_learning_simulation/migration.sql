-- CreateTable
CREATE TABLE "ActiveLearningSimulation" (
    "id" UUID NOT NULL,
    "datasetId" UUID NOT NULL,
    "oracle" TEXT NOT NULL,
    "seeds" INTEGER NOT NULL,
    "labelCost" JSONB NOT NULL,
    "labelTasks" TEXT[],
    "settings" JSONB NOT NULL,
    "curves" JSONB NOT NULL,
    "comparisons" JSONB NOT NULL,
    "seconds" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActiveLearningSimulation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActiveLearningSimulation_datasetId_createdAt_idx" ON "ActiveLearningSimulation"("datasetId", "createdAt");

-- AddForeignKey
ALTER TABLE "ActiveLearningSimulation" ADD CONSTRAINT "ActiveLearningSimulation_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
