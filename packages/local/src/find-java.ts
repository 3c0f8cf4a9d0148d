import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { DynamoDBLocalError } from './errors'

export interface JavaLookup {
  /** An explicit java binary wins over everything else. */
  javaPath?: string | undefined
  env?: NodeJS.ProcessEnv | undefined
  platform?: NodeJS.Platform | undefined
}

const binaryName = (platform: NodeJS.Platform) => (platform === 'win32' ? 'java.exe' : 'java')

/**
 * Install advice for the platform we run on, so the error can be acted on without a web search.
 *
 * @example
 * ```ts
 * console.log(javaInstallHint('darwin')) // 'Install Java 17+: `brew install openjdk@17`, ...'
 * ```
 */
export function javaInstallHint(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin')
    return 'Install Java 17+: `brew install openjdk@17`, or set JAVA_HOME to an installed JDK.'
  if (platform === 'win32')
    return 'Install Java 17+ (`winget install Microsoft.OpenJDK.17`) or set JAVA_HOME.'
  return 'Install Java 17+: `apt-get install -y openjdk-17-jre-headless` on Debian/Ubuntu (`dnf install java-17-openjdk-headless` on Fedora), or set JAVA_HOME.'
}

function candidates({ javaPath, env = process.env, platform = process.platform }: JavaLookup): string[] {
  if (javaPath) return [javaPath]
  const found: string[] = []
  if (env.JAVA_HOME) found.push(join(env.JAVA_HOME, 'bin', binaryName(platform)))
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir) found.push(join(dir, binaryName(platform)))
  }
  return found
}

/**
 * Finds a working java binary (JAVA_HOME first, then PATH) or throws JAVA_NOT_FOUND with install advice.
 *
 * @example
 * ```ts
 * const java = findJava() // e.g. '/usr/lib/jvm/java-17/bin/java'
 * ```
 */
export function findJava(lookup: JavaLookup = {}): string {
  const tried = candidates(lookup)
  for (const path of tried) {
    if (!existsSync(path)) continue
    const probe = spawnSync(path, ['-version'], { stdio: 'ignore', timeout: 15_000 })
    if (probe.status === 0) return path
  }
  const where = lookup.javaPath ? `at ${lookup.javaPath}` : 'in JAVA_HOME or on PATH'
  throw new DynamoDBLocalError(
    'JAVA_NOT_FOUND',
    `DynamoDB Local needs Java, and no working java binary was found ${where}.`,
    javaInstallHint(lookup.platform),
  )
}
