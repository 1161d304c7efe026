-- A finding's message becomes a catalogue text {key, values}, read in each reader's language.
-- Rows already stored keep their English sentence, as a JSON string (still shown as it is).
ALTER TABLE "findings" ALTER COLUMN "message" TYPE JSONB USING to_jsonb("message");
