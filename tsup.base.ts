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
