import { defineConfig } from 'tsup'
import { compactBuild, packageBuild } from '../../tsup.base'

// Small dependencies are bundled rather than imported: tree-shaking keeps 2 of valibot's ~200 KB of
// functions, and each package left out is a resolution plus a file compile that `import('@dbtooling/orm')`
// would pay on every cold start (bench --suite import). lru-cache stays external: the result cache
// imports it when caching is first enabled (result-cache/lru-loader.ts).
// compactBuild(): whitespace and comments stripped, local names shortened (top-level names kept, and the
// source maps still point at src), for fewer bytes to scan on every cold import.
export default defineConfig(
  packageBuild({ noExternal: ['valibot', 'uuidv7'], splitting: true, ...compactBuild() }),
)
