-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "reviewDice" DOUBLE PRECISION;
