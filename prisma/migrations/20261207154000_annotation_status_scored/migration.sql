-- AlterEnum
ALTER TYPE "AnnotationStatus" ADD VALUE 'SCORED';
