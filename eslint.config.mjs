// Lint rules for the whole repository. Prettier owns the layout (eslint-config-prettier switches off
// the rules that would fight it); ESLint owns correctness and the layering of src/.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "test-results/", "lo-profile/", "scratch/", "node_modules/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Build configuration and small Node helpers written as CommonJS.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs", "**/*.mts"],
    languageOptions: { globals: globals.node },
  },
  {
    // The domain core knows nothing of Office, the DOM, files or the adapters around it; imports point
    // inward only. (tsconfig.core.json checks the same for global types.)
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/functions/**", "**/taskpane/**", "**/workbook/**"],
              message: "src/core imports only src/core and src/data.",
            },
            {
              group: ["node:*", "exceljs", "jszip", "fflate"],
              message: "src/core is pure: no Node or file libraries.",
            },
          ],
        },
      ],
    },
  },
  {
    // The taskpane reaches Excel only through the workbook layer (src/workbook/office), where the
    // batching, the request limits and the clean-up after a failed write live.
    files: ["src/taskpane/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "Excel",
          property: "run",
          message: "De taakvensterlaag gebruikt Excel via src/workbook/office (OfficeWorkbook), niet met Excel.run.",
        },
      ],
    },
  },
  {
    // custom-functions-metadata reads the parameter types: any[][] is how a function says "a cell or
    // a range of anything", which the core then checks (src/core/formulas).
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
