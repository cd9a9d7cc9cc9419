-- CreateTable
CREATE TABLE "PendingObject" (
    "key" TEXT NOT NULL,
    "body" BYTEA NOT NULL,
    "contentType" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingObject_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "PendingObject_createdAt_idx" ON "PendingObject"("createdAt");
