import { parseBody } from "@/lib/api/body";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { audit } from "@/lib/audit/audit";
import { ZRatings, ZRatingsBody, ZRatingsVersion } from "@/lib/api/schemas/ratings";
import { ratingsVersionJson, ratingsWithHistory } from "@/lib/db/queries/ratings";
import { saveRatings } from "@/lib/db/ratings";

export const dynamic = "force-dynamic";

/** The ratings in force and their history (who, when, why). */
export const GET = route({ access: "viewer" }, async () => respond(ZRatings, await ratingsWithHistory()));

/** A new ratings version: the nine (complexity, gain) pairs and a required reason. */
export const PUT = route({ access: "admin" }, async ({ request, principal }) => {
  const body = await parseBody(request, ZRatingsBody, { maxBytes: 16 * 1024 });
  const version = await saveRatings(body.ratings, principal.label, body.reason);
  await audit(request, principal, "ratings.saved", { kind: "ratings_version", id: String(version.id) }, { reason: body.reason, ratings: body.ratings });
  return respond(ZRatingsVersion, ratingsVersionJson(version));
});
