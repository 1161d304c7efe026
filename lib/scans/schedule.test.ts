import { describe, expect, it } from "vitest";
import { checkSchedule, describeSchedule, nextRun } from "./schedule";

describe("schedules", () => {
  const from = new Date("2026-11-27T01:30:00Z");
  it("gives the next run of the default six-hourly schedule", () => {
    expect(nextRun("0 */6 * * *", from)?.toISOString()).toBe("2026-11-27T06:00:00.000Z");
  });
  it("refuses malformed, six-field and too-frequent schedules with a clear message", () => {
    expect(checkSchedule("every hour", from)).toMatchObject({ ok: false, message: expect.stringMatching(/five fields/) });
    expect(checkSchedule("0 0 */6 * * *", from)).toMatchObject({ ok: false, message: expect.stringMatching(/five fields/) });
    expect(checkSchedule("61 * * * *", from)).toMatchObject({ ok: false, message: expect.stringMatching(/Not a valid schedule/) });
    expect(checkSchedule("* * * * *", from)).toMatchObject({ ok: false, message: expect.stringMatching(/5 minutes/) });
  });
  it("describes a schedule in words, in English and French", () => {
    expect(describeSchedule("0 */6 * * *", "en")).toMatch(/every 6 hours/i);
    expect(describeSchedule("0 */6 * * *", "fr")).toMatch(/toutes les 6 heures/i);
  });
});
