-- Question search (issue 3): paging in authoring order, substring search on
-- the folded text and tag filters.

-- CreateIndex
CREATE INDEX "Question_bankId_createdAt_id_idx" ON "Question"("bankId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Question_bankId_updatedAt_idx" ON "Question"("bankId", "updatedAt");

-- CreateIndex
CREATE INDEX "Question_tags_idx" ON "Question" USING GIN ("tags");

-- The trigram index needs the pg_trgm extension. Every PostgreSQL package
-- ships it and the embedded PGlite loads it (server/db/embedded-postgres.ts),
-- but a managed database may forbid it: then search still works (LIKE on the
-- folded text, a sequential scan of the bank) and only gets slower.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX "Question_searchText_idx" ON "Question" USING GIN ("searchText" gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
  RAISE WARNING 'pg_trgm is not available (%): question search runs without its trigram index', SQLERRM;
END
$$;
