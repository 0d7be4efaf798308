import type { CodegenConfig } from "@graphql-codegen/cli";

// Scalars as the server serialises them (schema/scalars.py): BigInt is a JSON number within
// +-(2**53-1) and also accepted as a string of digits; dates are ISO strings.
const scalars = {
  BigInt: { input: "number | string", output: "number" },
  Date: "string",
  DateTime: "string",
  JSON: "unknown",
};

const config: CodegenConfig = {
  schema: "../../schema.graphql",
  documents: "operations/**/*.graphql",
  emitLegacyCommonJSImports: false,
  generates: {
    "generated/schema.ts": {
      plugins: ["typescript"],
      config: { scalars, strictScalars: true, enumsAsTypes: true },
    },
    "generated/operations.ts": {
      plugins: ["typescript-operations"],
      config: { scalars, strictScalars: true, enumType: "string-literal" },
    },
  },
};

export default config;
