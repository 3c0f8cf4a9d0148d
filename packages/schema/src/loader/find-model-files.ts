import { join } from 'node:path'
import { builtin } from '../node-builtin'

const MODEL_FILE = /\.(ts|mts|cts|js|mjs|cjs)$/
const SKIPPED = /\.(d\.ts|d\.mts|d\.cts|test\.[cm]?[jt]s|spec\.[cm]?[jt]s)$/

/**
 * Model files under `directory`, recursively, sorted by path with a locale-independent comparison so the
 * order (and therefore the derived design) is the same on every machine.
 *
 * @example
 * ```ts
 * const files = findModelFiles('/home/me/app/models') // every .ts/.js model file below it, sorted
 * ```
 */
export function findModelFiles(directory: string): string[] {
  const { readdirSync, statSync } = builtin('node:fs')
  const files: string[] = []
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(directory, entry.name)
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && statSync(path).isDirectory())
    if (isDirectory) files.push(...findModelFiles(path))
    else if (MODEL_FILE.test(entry.name) && !SKIPPED.test(entry.name)) files.push(path)
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
