import { isAbsolute, relative } from 'node:path'

/**
 * Source path relative to `cwd` for messages; absolute paths outside `cwd` stay absolute.
 *
 * @example
 * ```ts
 * displayPath('/home/me/app/models/User.ts', '/home/me/app') // 'models/User.ts'
 * ```
 */
export function displayPath(source: string, cwd = process.cwd()): string {
  const path = relative(cwd, source)
  return path.startsWith('..') || isAbsolute(path) ? source : path
}
