-- AlterTable
ALTER TABLE "Specimen" ADD COLUMN     "windowHigh" INTEGER;
