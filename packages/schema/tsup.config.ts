import { defineConfig } from 'tsup'
import { entryExports, packageBuild } from '../../tsup.base'

// valibot is bundled: tree-shaking keeps the ~30 KB of it the config schemas and the Stacks rule mapping
// use, instead of compiling all ~200 KB on every import (bench --suite import).
// Whitespace and comments are stripped (names are kept, and the source maps still point at src): about
// 20 % fewer bytes for V8 to scan on every cold import, measured as ~8 % less CPU for import('@dbtooling/orm').
// The lazy file-loaders chunk takes what it shares with the entry from the entry itself (entry-exports.ts),
// so the import loads one file, not the entry plus a shared chunk.
export default defineConfig(
  packageBuild({
    noExternal: ['valibot'],
    splitting: true,
    minifyWhitespace: true,
    esbuildPlugins: [entryExports(/\/entry-exports$/)],
  }),
)
