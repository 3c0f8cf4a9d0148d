import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import type { PackageEntry } from './packages'

export interface BundleSize {
  name: string
  entry: 'whole package' | 'typical use'
  bytes: number
  gzipBytes: number
  /** The biggest contributors to the minified output, by package (or `(own code)`). */
  largest: { source: string; bytes: number }[]
}

/** `node_modules/.pnpm/x/node_modules/@scope/name/dist/...` -> `@scope/name`; workspace sources by package name. */
function packageOf(path: string): string {
  const parts = path.split('node_modules/')
  const tail = parts[parts.length - 1] ?? path
  if (parts.length === 1) {
    const workspace = /^\.\.\/packages\/([^/]+)\//.exec(path)?.[1]
    return workspace ? `@dbtooling/${workspace}` : '(entry)'
  }
  const segments = tail.split('/')
  return segments[0]?.startsWith('@') ? `${segments[0]}/${segments[1]}` : (segments[0] ?? tail)
}

const benchDir = fileURLToPath(new URL('../..', import.meta.url))

/** Bundles and minifies one entry for Node (ESM, builtins external), as a Lambda bundler would. */
async function bundle(contents: string): Promise<Omit<BundleSize, 'name' | 'entry'>> {
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
    metafile: true,
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  const bySource = new Map<string, number>()
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const source = packageOf(path)
      bySource.set(source, (bySource.get(source) ?? 0) + input.bytesInOutput)
    }
  }
  const largest = [...bySource]
    .map(([source, bytes]) => ({ source, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3)
  return { bytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength, largest }
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
