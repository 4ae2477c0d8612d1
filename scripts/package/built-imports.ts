// The package's `imports` as the built files see them from dist/: `./mocks/*.ts` becomes `./mocks/*.js`.

/** Maps each source target of package.json `imports` to its built JavaScript, relative to dist/. */
export function builtImports(imports: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(imports).map(([specifier, target]) => {
      if (!target.endsWith(".ts")) throw new Error(`Failed to build the package: the import "${specifier}" maps to "${target}", which is not TypeScript source. Point it at a .ts file or pattern.`);
      return [specifier, `${target.slice(0, -".ts".length)}.js`];
    }),
  );
}
