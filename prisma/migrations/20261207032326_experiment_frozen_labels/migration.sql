-- AlterTable
ALTER TABLE "Experiment" ADD COLUMN     "labelCount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ExperimentLabel" (
    "experimentId" UUID NOT NULL,
    "patchId" UUID NOT NULL,
    "annotationId" UUID NOT NULL,
    "maskKey" TEXT,
    "patternClassId" UUID,
    "intensityLevelId" UUID,

    CONSTRAINT "ExperimentLabel_pkey" PRIMARY KEY ("experimentId","patchId")
);

-- AddForeignKey
ALTER TABLE "ExperimentLabel" ADD CONSTRAINT "ExperimentLabel_experimentId_fkey" FOREIGN KEY ("experimentId") REFERENCES "Experiment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExperimentLabel" ADD CONSTRAINT "ExperimentLabel_patchId_fkey" FOREIGN KEY ("patchId") REFERENCES "Patch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
