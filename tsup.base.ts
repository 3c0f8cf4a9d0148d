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
