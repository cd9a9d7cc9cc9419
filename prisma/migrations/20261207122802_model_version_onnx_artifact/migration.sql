-- AlterTable
ALTER TABLE "ModelVersion" ADD COLUMN     "onnxBytes" INTEGER,
ADD COLUMN     "onnxKey" TEXT,
ADD COLUMN     "onnxSha256" TEXT;
