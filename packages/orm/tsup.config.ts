import { defineConfig } from 'tsup'
import { packageBuild } from '../../tsup.base'

// Small dependencies are bundled rather than imported: tree-shaking keeps 2 of valibot's ~200 KB of
// functions, and each package left out is a resolution plus a file compile that `import('@dbtooling/orm')`
// would pay on every cold start (bench --suite import). lru-cache stays external: the result cache
// imports it when caching is first enabled (result-cache/lru-loader.ts).
// Whitespace and comments are stripped (names are kept, and the source maps still point at src): about
// 20 % fewer bytes for V8 to scan on every cold import, measured as ~8 % less CPU for import('@dbtooling/orm').
export default defineConfig(
  packageBuild({ noExternal: ['valibot', 'uuidv7'], splitting: true, minifyWhitespace: true }),
)
