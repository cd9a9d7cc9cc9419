-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "report" JSONB;
