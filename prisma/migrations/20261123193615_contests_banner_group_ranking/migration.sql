-- AlterTable
ALTER TABLE "Contest" ADD COLUMN     "bannerImage" BYTEA,
ADD COLUMN     "bannerMime" TEXT;

-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "groupRanking" JSONB;

-- CreateIndex
CREATE INDEX "AttemptAnswer_questionVersionId_idx" ON "AttemptAnswer"("questionVersionId");
