-- AlterTable
ALTER TABLE "scans" ADD COLUMN     "evaluations" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "findings_new" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "findings_open" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "findings_resolved" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "findings_waived" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "object_counts" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "previous_scan_id" UUID;

-- CreateTable
CREATE TABLE "scan_aggregates" (
    "scan_id" UUID NOT NULL,
    "namespace" TEXT NOT NULL DEFAULT '',
    "quick_win" "QuickWin" NOT NULL,
    "pass" INTEGER NOT NULL DEFAULT 0,
    "fail" INTEGER NOT NULL DEFAULT 0,
    "waived" INTEGER NOT NULL DEFAULT 0,
    "not_assessable" INTEGER NOT NULL DEFAULT 0,
    "weighted_pass" INTEGER NOT NULL DEFAULT 0,
    "weighted_fail" INTEGER NOT NULL DEFAULT 0,
    "weighted_waived" INTEGER NOT NULL DEFAULT 0,
    "open_critical" INTEGER NOT NULL DEFAULT 0,
    "open_high" INTEGER NOT NULL DEFAULT 0,
    "open_medium" INTEGER NOT NULL DEFAULT 0,
    "open_low" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "scan_aggregates_pkey" PRIMARY KEY ("scan_id","namespace","quick_win")
);

-- AddForeignKey
ALTER TABLE "scan_aggregates" ADD CONSTRAINT "scan_aggregates_scan_id_fkey" FOREIGN KEY ("scan_id") REFERENCES "scans"("id") ON DELETE CASCADE ON UPDATE CASCADE;
