-- When each cache tag last changed. Every write that changes a public page records its tags here
-- (and notifies the channel zvezda_cache_tags), so every instance of the site, and a site started
-- later, knows which cached pages and data are out of date.
CREATE TABLE "CacheTag" (
    "tag" TEXT NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "expiredAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CacheTag_pkey" PRIMARY KEY ("tag")
);

CREATE INDEX "CacheTag_seq_idx" ON "CacheTag"("seq");
