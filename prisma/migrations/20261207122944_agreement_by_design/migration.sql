-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN     "doubleLabelShare" DOUBLE PRECISION NOT NULL DEFAULT 0.1,
ADD COLUMN     "goldRate" DOUBLE PRECISION NOT NULL DEFAULT 0.05;

-- AlterTable
ALTER TABLE "Patch" ADD COLUMN     "doubleLabel" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "goldAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "GoldScore" (
    "id" UUID NOT NULL,
    "datasetId" UUID NOT NULL,
    "patchId" UUID NOT NULL,
    "annotationId" UUID NOT NULL,
    "annotatorId" UUID,
    "goldAnnotationId" UUID,
    "patternCorrect" BOOLEAN,
    "intensityCorrect" BOOLEAN,
    "maskDice" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GoldScore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GoldScore_annotationId_key" ON "GoldScore"("annotationId");

-- CreateIndex
CREATE INDEX "GoldScore_datasetId_annotatorId_idx" ON "GoldScore"("datasetId", "annotatorId");

-- CreateIndex
CREATE INDEX "GoldScore_patchId_idx" ON "GoldScore"("patchId");

-- AddForeignKey
ALTER TABLE "GoldScore" ADD CONSTRAINT "GoldScore_patchId_fkey" FOREIGN KEY ("patchId") REFERENCES "Patch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoldScore" ADD CONSTRAINT "GoldScore_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
