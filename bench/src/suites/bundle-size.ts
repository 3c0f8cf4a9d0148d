import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import type { PackageEntry } from './packages'

export interface BundleSize {
  name: string
  entry: 'whole package' | 'typical use'
  bytes: number
  gzipBytes: number
}

const benchDir = fileURLToPath(new URL('../..', import.meta.url))

/** Bundles and minifies one entry for Node (ESM, builtins external), as a Lambda bundler would. */
async function bundle(contents: string): Promise<{ bytes: number; gzipBytes: number }> {
  const result = await build({
    stdin: { contents, resolveDir: benchDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Prefer ES module builds where a package ships both, as AWS recommends for Lambda bundles:
    // CommonJS builds defeat tree shaking and would overstate the SDK's size.
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  return { bytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength }
}

/** Each package bundled twice: everything it exports, and the few imports a typical app makes. */
export async function measureBundleSizes(packages: readonly PackageEntry[]): Promise<BundleSize[]> {
  const sizes: BundleSize[] = []
  for (const entry of packages) {
    // Namespace re-exports keep every export, even names the two SDK packages share.
    const whole = entry.specifiers
      .map((s, i) => `import * as m${i} from ${JSON.stringify(s)}\nexport { m${i} }`)
      .join('\n')
    sizes.push({ name: entry.name, entry: 'whole package', ...(await bundle(whole)) })
    sizes.push({ name: entry.name, entry: 'typical use', ...(await bundle(entry.typicalUse)) })
  }
  return sizes
}
