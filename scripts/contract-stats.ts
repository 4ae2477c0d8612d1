// Prints what the contract holds: operations, schemas, validated examples, rules — `npm run stats`.
import { ROLES, componentSchemas, operations, roleMatrix, rateLimits, errorCodes } from "#openapi";
import { collectMediaExamples } from "#openapi/example-walk";

const schemas = Object.entries(componentSchemas);
const schemaExamples = schemas.reduce((sum, [, schema]) => {
  const examples = typeof schema === "object" && schema !== null && "examples" in schema && Array.isArray(schema.examples) ? schema.examples.length : 0;
  return sum + examples;
}, 0);
const mediaExamples = collectMediaExamples().length;
const byFamily = (family: string) => operations.filter((op) => op.family === family).length;
const guarded = operations.filter((op) => op.rules.permission !== undefined).length;

console.log(`operations          ${operations.length} (Better Auth ${byFamily("better-auth")}, temetro ${byFamily("temetro")}; ${guarded} with a permission)`);
console.log(`schemas             ${schemas.length}`);
console.log(`validated examples  ${schemaExamples + mediaExamples} (${schemaExamples} on schemas, ${mediaExamples} on requests and responses)`);
console.log(`role matrix         ${ROLES.length} roles × ${Object.keys(roleMatrix.statements).length} statements`);
console.log(`rate-limit rules    ${rateLimits.rules.length}`);
console.log(`error codes         ${Object.keys(errorCodes.betterAuth).length} Better Auth, ${Object.keys(errorCodes.temetro).length} temetro, ${Object.keys(errorCodes.temetroRoutes).length} temetro route messages`);
