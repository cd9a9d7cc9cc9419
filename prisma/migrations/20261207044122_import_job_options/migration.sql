-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "options" JSONB NOT NULL DEFAULT '{}';
