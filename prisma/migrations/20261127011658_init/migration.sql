-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Environment" AS ENUM ('production', 'staging', 'development', 'other');

-- CreateEnum
CREATE TYPE "ConnectionKind" AS ENUM ('kubeconfig', 'in_cluster', 'manifests');

-- CreateEnum
CREATE TYPE "ScanStatus" AS ENUM ('queued', 'running', 'succeeded', 'partial', 'failed');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('critical', 'high', 'medium', 'low');

-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('open', 'waived');

-- CreateEnum
CREATE TYPE "QuickWin" AS ENUM ('QW1', 'QW2', 'QW3', 'QW4', 'QW5', 'QW6', 'QW7', 'QW8', 'QW9');

-- CreateEnum
CREATE TYPE "ExceptionScope" AS ENUM ('cluster', 'namespace', 'object', 'container');

-- CreateTable
CREATE TABLE "clusters" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "environment" "Environment" NOT NULL DEFAULT 'other',
    "description" TEXT NOT NULL DEFAULT '',
    "connection_kind" "ConnectionKind" NOT NULL,
    "credentials" BYTEA,
    "context_name" TEXT,
    "schedule" TEXT NOT NULL DEFAULT '0 */6 * * *',
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "clusters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scans" (
    "id" UUID NOT NULL,
    "cluster_id" UUID NOT NULL,
    "status" "ScanStatus" NOT NULL DEFAULT 'queued',
    "phase" TEXT,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "queued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "error" TEXT,
    "coverage_gaps" JSONB NOT NULL DEFAULT '[]',
    "posture_score" DOUBLE PRECISION,
    "grade" TEXT,
    "ratings_version_id" INTEGER,
    "demo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "scans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "findings" (
    "id" UUID NOT NULL,
    "scan_id" UUID NOT NULL,
    "cluster_id" UUID NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "check_id" TEXT NOT NULL,
    "quick_win" "QuickWin" NOT NULL,
    "severity" "Severity" NOT NULL,
    "namespace" TEXT,
    "object_kind" TEXT NOT NULL,
    "object_name" TEXT NOT NULL,
    "container" TEXT,
    "message" TEXT NOT NULL,
    "evidence" JSONB NOT NULL DEFAULT '{}',
    "status" "FindingStatus" NOT NULL DEFAULT 'open',
    "exception_id" UUID,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "findings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ratings_versions" (
    "id" SERIAL NOT NULL,
    "author" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ratings_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quick_win_ratings" (
    "version_id" INTEGER NOT NULL,
    "quick_win" "QuickWin" NOT NULL,
    "complexity" INTEGER NOT NULL,
    "gain" INTEGER NOT NULL,

    CONSTRAINT "quick_win_ratings_pkey" PRIMARY KEY ("version_id","quick_win")
);

-- CreateTable
CREATE TABLE "exceptions" (
    "id" UUID NOT NULL,
    "cluster_id" UUID NOT NULL,
    "check_id" TEXT NOT NULL,
    "scope" "ExceptionScope" NOT NULL,
    "namespace" TEXT,
    "object_kind" TEXT,
    "object_name" TEXT,
    "container" TEXT,
    "reason" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "exceptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exception_events" (
    "id" SERIAL NOT NULL,
    "exception_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "exception_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "clusters_name_key" ON "clusters"("name");

-- CreateIndex
CREATE INDEX "clusters_archived_name_idx" ON "clusters"("archived", "name");

-- CreateIndex
CREATE INDEX "scans_cluster_id_queued_at_idx" ON "scans"("cluster_id", "queued_at" DESC);

-- CreateIndex
CREATE INDEX "scans_cluster_id_status_finished_at_idx" ON "scans"("cluster_id", "status", "finished_at" DESC);

-- CreateIndex
CREATE INDEX "scans_status_idx" ON "scans"("status");

-- CreateIndex
CREATE INDEX "findings_scan_id_quick_win_severity_idx" ON "findings"("scan_id", "quick_win", "severity");

-- CreateIndex
CREATE INDEX "findings_scan_id_namespace_idx" ON "findings"("scan_id", "namespace");

-- CreateIndex
CREATE INDEX "findings_scan_id_check_id_idx" ON "findings"("scan_id", "check_id");

-- CreateIndex
CREATE INDEX "findings_cluster_id_fingerprint_idx" ON "findings"("cluster_id", "fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "findings_scan_id_fingerprint_key" ON "findings"("scan_id", "fingerprint");

-- CreateIndex
CREATE INDEX "exceptions_cluster_id_check_id_idx" ON "exceptions"("cluster_id", "check_id");

-- CreateIndex
CREATE INDEX "exceptions_expires_at_idx" ON "exceptions"("expires_at");

-- CreateIndex
CREATE INDEX "exception_events_exception_id_at_idx" ON "exception_events"("exception_id", "at");

-- AddForeignKey
ALTER TABLE "scans" ADD CONSTRAINT "scans_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scans" ADD CONSTRAINT "scans_ratings_version_id_fkey" FOREIGN KEY ("ratings_version_id") REFERENCES "ratings_versions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_scan_id_fkey" FOREIGN KEY ("scan_id") REFERENCES "scans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quick_win_ratings" ADD CONSTRAINT "quick_win_ratings_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "ratings_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exceptions" ADD CONSTRAINT "exceptions_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exception_events" ADD CONSTRAINT "exception_events_exception_id_fkey" FOREIGN KEY ("exception_id") REFERENCES "exceptions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
