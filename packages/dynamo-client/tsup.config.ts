import { defineConfig } from 'tsup'
import { compactBuild, entryExports, packageBuild } from '../../tsup.base'

// Splitting keeps the lazily loaded parts (credential chain and shared files) out of the entry chunk, so
// importing the client stays cheap and runtimes without node:fs can still load it. The lazy chunk takes the
// errors and signer it shares with the entry from the entry itself (credentials/entry-exports.ts), so the
// import loads one file, not the entry plus a chunk per piece of shared code.
// compactBuild(): whitespace and comments stripped, local names shortened (top-level names kept, and the
// source maps still point at src), for fewer bytes to scan on every cold import.
export default defineConfig(
  packageBuild({
    splitting: true,
    ...compactBuild(),
    esbuildPlugins: [entryExports(/\/entry-exports$/)],
  }),
)
