// Where a webhook may point. Admins set it, but it is still checked: http(s) only (no file:, data:,
// gopher:…), no user name or password in it (they would be stored in clear and shown back).
import { z } from "zod";

export const ZWebhookUrl = z
  .string()
  .trim()
  .max(2_000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && url.username === "" && url.password === "" && url.hostname !== "";
    } catch {
      return false;
    }
  }, "Enter an http:// or https:// URL without a user name or password.");
