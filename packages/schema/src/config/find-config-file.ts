import { join } from 'node:path'
import { builtin } from '../node-builtin'

/**
 * File names searched in `cwd`, in this order.
 *
 * @example
 * ```ts
 * console.log(CONFIG_FILE_NAMES[0]) // 'dbtooling.config.ts'
 * ```
 */
export const CONFIG_FILE_NAMES: readonly string[] = ['dbtooling', 'dynamodb'].flatMap((base) =>
  ['ts', 'mts', 'js', 'mjs', 'cjs', 'json'].map((extension) => `${base}.config.${extension}`),
)

/**
 * The first config file found in `cwd`, or null.
 *
 * @example
 * ```ts
 * const file = findConfigFile(process.cwd()) // e.g. '/app/dbtooling.config.ts', or null
 * ```
 */
export function findConfigFile(cwd: string): string | null {
  const { existsSync } = builtin('node:fs')
  for (const name of CONFIG_FILE_NAMES) {
    const path = join(cwd, name)
    if (existsSync(path)) return path
  }
  return null
}
