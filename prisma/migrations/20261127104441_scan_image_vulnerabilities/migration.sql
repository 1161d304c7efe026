-- CreateTable
CREATE TABLE "scan_image_vulnerabilities" (
    "scan_id" UUID NOT NULL,
    "namespace" TEXT NOT NULL,
    "workload_kind" TEXT NOT NULL,
    "workload_name" TEXT NOT NULL,
    "container" TEXT NOT NULL,
    "image" TEXT NOT NULL,
    "report_name" TEXT NOT NULL,
    "critical" INTEGER NOT NULL,
    "high" INTEGER NOT NULL,
    "report_updated_at" TIMESTAMPTZ(3),

    CONSTRAINT "scan_image_vulnerabilities_pkey" PRIMARY KEY ("scan_id","namespace","workload_kind","workload_name","container")
);

-- AddForeignKey
ALTER TABLE "scan_image_vulnerabilities" ADD CONSTRAINT "scan_image_vulnerabilities_scan_id_fkey" FOREIGN KEY ("scan_id") REFERENCES "scans"("id") ON DELETE CASCADE ON UPDATE CASCADE;
