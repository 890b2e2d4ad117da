-- AlterTable
ALTER TABLE "CertificateJob" ADD COLUMN     "created" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "heartbeatAt" TIMESTAMP(3),
ADD COLUMN     "startedAt" TIMESTAMP(3),
ADD COLUMN     "workerId" TEXT;

-- CreateIndex
CREATE INDEX "Certificate_templateId_roundId_idx" ON "Certificate"("templateId", "roundId");

-- CreateIndex
CREATE INDEX "CertificateJob_status_createdAt_idx" ON "CertificateJob"("status", "createdAt");

-- CreateIndex
CREATE INDEX "CertificateJob_templateId_roundId_idx" ON "CertificateJob"("templateId", "roundId");
