-- AlterTable
ALTER TABLE "clusters" ADD COLUMN     "next_scan_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "clusters_archived_next_scan_at_idx" ON "clusters"("archived", "next_scan_at");
