import type { Options } from 'tsup'

/** Shared tsup settings: ESM + CJS + .d.ts for Node 20, one entry per package unless told otherwise. */
export function packageBuild(overrides: Options = {}): Options {
  return {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    splitting: false,
    treeshake: true,
    shims: true,
    ...overrides,
  }
}

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number]

/**
 * Resolves imports of a bridge module (`bridge` matches the import path, e.g. `/\/entry-exports$/`) to the
 * package's own built entry, as an external import. A lazily loaded chunk then takes what it shares with the
 * eager code from `index.js` / `index.cjs` itself, instead of esbuild splitting that shared code into chunks
 * which every import of the package loads as extra files. The bridge may re-export only public exports of the
 * entry (the names must exist there), and only modules that load lazily may import it.
 */
export function entryExports(bridge: RegExp): EsbuildPlugin {
  return {
    name: 'entry-exports',
    setup(build) {
      // tsup builds the CommonJS output with its own extension; the entry of each format is that format's.
      const extension = build.initialOptions.outExtension?.['.js'] ?? '.js'
      build.onResolve({ filter: bridge }, () => ({ path: `./index${extension}`, external: true }))
    },
  }
}

/**
 * Build settings for a package on the cold-import path of `@dbtooling/orm` (client, schema, orm): esbuild
 * strips whitespace and comments and applies its syntax minification (semantics-preserving rewrites such as
 * `!0` for `true`), then terser shortens the names of local variables and parameters.
 * Top-level functions, classes and variables keep their names (`toplevel: false`, and `module: false` so
 * that ES module output does not imply it), as do nested functions and classes (`keep_fnames`,
 * `keep_classnames`): stack traces, `error.name` (taken from `new.target.name`) and `fn.name` read as in the
 * source. Terser makes no other transformation (`compress: false`). Terser's source map is merged into esbuild's
 * by tsup, so the shipped maps still point at `src`. About a fifth fewer bytes for V8 to scan on every cold
 * import (bench --suite import).
 */
export function compactBuild(): Options {
  return {
    minifyWhitespace: true,
    minifySyntax: true,
    minify: 'terser',
    terserOptions: {
      module: false,
      toplevel: false,
      compress: false,
      mangle: { toplevel: false, keep_classnames: true, keep_fnames: true },
      sourceMap: true,
    },
  }
}
