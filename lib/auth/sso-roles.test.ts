import { describe, expect, it } from "vitest";
import { groupsOf, roleForClaims, type TGroupMapping } from "./sso-roles";

const mapping: TGroupMapping = { claim: "groups", admin: ["platform-admins"], editor: ["sre", "security"], viewer: ["staff"] };

describe("roleForClaims", () => {
  it("gives the role of the user's mapped group", () => {
    expect(roleForClaims({ groups: ["staff"] }, mapping)).toBe("viewer");
    expect(roleForClaims({ groups: ["security"] }, mapping)).toBe("editor");
    expect(roleForClaims({ groups: ["platform-admins"] }, mapping)).toBe("admin");
  });

  it("gives the highest role when the user is in several mapped groups", () => {
    expect(roleForClaims({ groups: ["staff", "platform-admins", "sre"] }, mapping)).toBe("admin");
    expect(roleForClaims({ groups: ["staff", "sre"] }, mapping)).toBe("editor");
  });

  it("refuses (null) a user in no mapped group, with no groups claim, or with an unusable one", () => {
    expect(roleForClaims({ groups: ["marketing"] }, mapping)).toBeNull();
    expect(roleForClaims({ groups: [] }, mapping)).toBeNull();
    expect(roleForClaims({}, mapping)).toBeNull();
    expect(roleForClaims({ groups: { admin: true } }, mapping)).toBeNull();
  });

  it("compares group names exactly (no case folding, no prefix match)", () => {
    expect(roleForClaims({ groups: ["Platform-Admins", "platform-admins-old"] }, mapping)).toBeNull();
  });

  it("reads the configured claim, as a list or a single string", () => {
    const roles = { ...mapping, claim: "roles" };
    expect(roleForClaims({ roles: "sre", groups: ["platform-admins"] }, roles)).toBe("editor");
    expect(groupsOf({ roles: ["a", 1, "b"] }, "roles")).toEqual(["a", "b"]);
  });
});
