import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".data/**", ".scratch/**", "node_modules/**", "prisma/generated/**",
      "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Configuration is read in one place, validated: lib/env.ts.
      "no-restricted-properties": ["error", {
        object: "process", property: "env",
        message: "Read configuration through env() from lib/env.ts, never process.env directly.",
      }],
    },
  },
  {
    // Server code logs through lib/log (pino, secrets scrubbed), never the console. The CLI's
    // output is for a person at a terminal; tests may print.
    files: ["lib/**", "app/**", "components/**", "proxy.ts"],
    ignores: ["lib/cli/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-console": "error" },
  },
  {
    // Every word a person reads comes from the catalogues (lib/i18n/messages): no words written in
    // JSX, and no literal accessible name, title, placeholder or alt (the PDF's too). Symbols and
    // punctuation are allowed ("—", "→"); names that are the same in every language live in
    // constants (LOCALE_NAMES).
    files: ["app/**/*.tsx", "components/**/*.tsx", "lib/report/**/*.tsx"],
    ignores: ["**/*.test.tsx"],
    rules: {
      "no-restricted-syntax": ["error", ...[
        "JSXText[value=/[A-Za-z]{2}/]",
        ":matches(JSXElement, JSXFragment) > JSXExpressionContainer > Literal[value=/[A-Za-z]{2}/]",
        ":matches(JSXElement, JSXFragment) > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]{2}/]",
        "JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt|label)$/] > Literal[value=/[A-Za-z]{2}/]",
      ].map((selector) => ({ selector, message: "Text a person reads comes from the catalogues (lib/i18n/messages): use t(…)." }))],
    },
  },
  {
    // Playwright fixtures take a `use` callback that is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // The only readers of process.env: the validated environment, and the Prisma CLI's config
    // (which runs outside the app and must tolerate an unset DATABASE_URL).
    files: ["lib/env.ts", "prisma.config.ts"],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
