-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "labels" TEXT NOT NULL DEFAULT 'weak';
