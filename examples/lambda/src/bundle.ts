/**
 * Bundles the container as a Lambda deploy does (AWS SAM's and CDK's esbuild step): ES modules for Node,
 * minified, every dependency inside, the handler's dynamic import and the libraries' lazily loaded parts
 * split into chunks of their own. `keepNames` keeps class names, so `error.name` reads `ItemNotFoundError`
 * and not a minified letter. The banner gives bundled CommonJS dependencies (undici) a `require`. One
 * tsconfig for every file: in this repository the packages' own tsconfigs map `@dbtooling/*` to their
 * sources for development, which would bundle a second copy of the client next to the built one (an npm
 * install has no such tsconfig).
 */
import { relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

export interface Bundle {
  /** The entry to run with `node`: the container, which imports the handler inside its measurement. */
  readonly entry: string
  /** Every file written, relative to `outdir`. */
  readonly files: string[]
}

export async function bundleContainer(outdir: string): Promise<Bundle> {
  const result = await build({
    entryPoints: { container: fileURLToPath(new URL('./container.ts', import.meta.url)) },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    keepNames: true,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);",
    },
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    metafile: true,
    logLevel: 'error',
  })
  const files = Object.keys(result.metafile.outputs).map((path) => relative(outdir, resolve(path)))
  return { entry: resolve(outdir, 'container.mjs'), files }
}
