import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url))
const require = createRequire(import.meta.url)

function binOf(pkg: string, bin: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), bin)
}

/** Runs a node CLI from the repo root; rejects with its output when it fails. */
export function runNode(script: string, args: string[], timeoutMs = 600_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: repoRoot, timeout: timeoutMs })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', reject)
    child.once('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${script} exited ${code}:\n${output}`)),
    )
  })
}

/** `vitepress build docs` (what `pnpm docs:build` runs) into another folder. */
export function buildSite(outDir: string): Promise<string> {
  return runNode(binOf('vitepress', 'bin/vitepress.js'), ['build', 'docs', '--outDir', outDir])
}

/** TypeDoc's HTML API reference (what `pnpm docs:build` puts under /api/ of the site) into `outDir`. */
export function buildApiReference(outDir: string): Promise<string> {
  return runNode(binOf('typedoc', 'bin/typedoc'), ['--options', 'docs/typedoc.json', '--out', outDir])
}

/** The URL path of every built page (`guide/x.html` is `/guide/x`), the 404 page and `skip` folders left out. */
export function builtPages(outDir: string, skip: string[] = []): string[] {
  const pages: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      const rel = relative(outDir, path)
      if (skip.some((folder) => rel === folder || rel.startsWith(`${folder}/`))) continue
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.html') && rel !== '404.html')
        pages.push(`/${rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`)
    }
  }
  walk(outDir)
  return pages.sort()
}
