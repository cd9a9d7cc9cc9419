-- AlterEnum
ALTER TYPE "TrainingTrigger" ADD VALUE 'CLI';

-- AlterTable
ALTER TABLE "TrainingRun" ADD COLUMN     "checkpoints" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "resumeCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "resumes" JSONB NOT NULL DEFAULT '[]';
