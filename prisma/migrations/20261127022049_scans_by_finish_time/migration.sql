-- CreateIndex
CREATE INDEX "scans_cluster_id_finished_at_queued_at_idx" ON "scans"("cluster_id", "finished_at" DESC, "queued_at" DESC);
