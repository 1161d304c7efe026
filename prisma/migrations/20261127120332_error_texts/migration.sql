-- AlterTable
ALTER TABLE "scans" ADD COLUMN     "error_text" JSONB;

-- AlterTable
ALTER TABLE "notification_deliveries" ADD COLUMN     "last_error_text" JSONB;
