import { defineConfig } from 'tsup'
import { compactBuild, entryExports, packageBuild } from '../../tsup.base'

// valibot is bundled: tree-shaking keeps the ~30 KB of it the config schemas and the Stacks rule mapping
// use, instead of compiling all ~200 KB on every import (bench --suite import).
// compactBuild(): whitespace and comments stripped, local names shortened (top-level names kept, and the
// source maps still point at src), for fewer bytes to scan on every cold import.
// The lazy file-loaders chunk takes what it shares with the entry from the entry itself (entry-exports.ts),
// so the import loads one file, not the entry plus a shared chunk.
export default defineConfig(
  packageBuild({
    noExternal: ['valibot'],
    splitting: true,
    ...compactBuild(),
    esbuildPlugins: [entryExports(/\/entry-exports$/)],
  }),
)
