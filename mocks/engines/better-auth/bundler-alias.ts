// What a browser bundle of the engine needs from the bundler: esbuild (and so Vite's dependency
// pre-bundling) wraps @better-auth/memory-adapter for lazy start, because Better Auth also imports it
// dynamically, and then never starts it when it is reached through better-auth's `export *`
// re-export: in the bundle `memoryAdapter` stays undefined. Pointing the import at the package itself
// avoids that (esbuild's `alias`, Vite's `resolve.alias`).

/** The bundler alias for a browser bundle of the engine. */
export const ENGINE_BUNDLER_ALIAS: Readonly<Record<string, string>> = { "better-auth/adapters/memory": "@better-auth/memory-adapter" };
