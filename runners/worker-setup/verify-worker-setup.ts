// The setup file of each verify worker (vitest's setupFiles), run before each contract file: the
// worker's module hooks, registered once a thread. Both change how modules load, not what they do.
import "../narrow-imports/register-narrow-imports.ts";
import "./register-stable-test-urls.ts";
