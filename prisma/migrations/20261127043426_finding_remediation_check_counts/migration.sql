-- AlterTable
ALTER TABLE "findings" ADD COLUMN     "remediation" JSONB;

-- CreateTable
CREATE TABLE "scan_check_counts" (
    "scan_id" UUID NOT NULL,
    "check_id" TEXT NOT NULL,
    "quick_win" "QuickWin" NOT NULL,
    "pass" INTEGER NOT NULL DEFAULT 0,
    "fail" INTEGER NOT NULL DEFAULT 0,
    "waived" INTEGER NOT NULL DEFAULT 0,
    "not_assessable" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "scan_check_counts_pkey" PRIMARY KEY ("scan_id","check_id")
);

-- AddForeignKey
ALTER TABLE "scan_check_counts" ADD CONSTRAINT "scan_check_counts_scan_id_fkey" FOREIGN KEY ("scan_id") REFERENCES "scans"("id") ON DELETE CASCADE ON UPDATE CASCADE;
