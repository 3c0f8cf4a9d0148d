import { defineConfig } from 'tsup'
import { packageBuild } from '../../tsup.base'

// Splitting keeps the lazily loaded parts (credential chain, undici, node:crypto signer) out of the
// entry chunk, so importing the client stays cheap and runtimes without node:fs can still load it.
export default defineConfig(packageBuild({ splitting: true }))
