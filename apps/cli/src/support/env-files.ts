import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseEnv } from 'node:util'
import { usageError } from './cli-error'
import { readActiveEnv } from './project-state'

/** The env files one environment reads, lowest precedence first (later files override earlier ones). */
export function envFileNames(name: string | null): string[] {
  const files = ['.env', '.env.local']
  if (name) files.push(`.env.${name}`, `.env.${name}.local`)
  return files
}

export interface LoadedEnv {
  /** The environment name (`--env`, else the one `env:switch` chose, else null). */
  readonly name: string | null
  /** Files read, in order. */
  readonly files: readonly string[]
  /** Variables from the files merged under the real process environment (which always wins). */
  readonly vars: Record<string, string | undefined>
}

/**
 * Reads `.env` files like Vite and Next do: `.env`, `.env.local`, `.env.<name>`, `.env.<name>.local`.
 * Variables already set in the process environment are never overridden by a file.
 */
export function loadEnvFiles(cwd: string, explicit: string | undefined, base = process.env): LoadedEnv {
  const name = explicit ?? readActiveEnv(cwd)
  if (name !== null && !/^[A-Za-z0-9_-]+$/.test(name)) {
    throw usageError(`--env "${name}" is not a valid environment name`, 'use letters, digits, _ and -')
  }
  const fromFiles: Record<string, string> = {}
  const files: string[] = []
  for (const file of envFileNames(name)) {
    const path = join(cwd, file)
    if (!existsSync(path)) continue
    Object.assign(fromFiles, parseEnv(readFileSync(path, 'utf8')))
    files.push(file)
  }
  if (explicit && !files.some((f) => f.startsWith(`.env.${explicit}`))) {
    throw usageError(
      `--env ${explicit}: no .env.${explicit} file in ${cwd}`,
      `create .env.${explicit} (e.g. DBTOOLING_ENDPOINT=..., DBTOOLING_TABLE_NAME=...) or run env:list`,
    )
  }
  return { name, files, vars: { ...fromFiles, ...base } }
}

/** Environment names that have a `.env.<name>` file in the folder (`.local` files are not names). */
export function listEnvNames(cwd: string): string[] {
  const names = new Set<string>()
  for (const file of readdirSync(cwd)) {
    const match = /^\.env\.([A-Za-z0-9_-]+)$/.exec(file)
    if (match?.[1] && match[1] !== 'local') names.add(match[1])
  }
  return [...names].sort()
}
