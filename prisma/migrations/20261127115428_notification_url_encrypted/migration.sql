-- Webhook URLs encrypted at rest (Slack's carry a token in their path). Existing rows keep their
-- URL in clear in "url" until the application encrypts it (it holds the key, SQL does not):
-- sealUrls() in lib/db/notifications.ts, run at the worker's start and at the first listing of the
-- endpoints, moves it to "url_encrypted" (with "url_masked" for display) and sets "url" to NULL.
-- AlterTable
ALTER TABLE "notification_endpoints" ADD COLUMN     "url_encrypted" BYTEA,
ADD COLUMN     "url_masked" TEXT,
ALTER COLUMN "url" DROP NOT NULL;
