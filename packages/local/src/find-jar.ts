import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { DynamoDBLocalError } from './errors'

/**
 * Where the DynamoDB Local jar and its native libraries are.
 *
 * @example
 * ```ts
 * const location: JarLocation = findJar()
 * console.log(location.dir, location.jar, location.libDir)
 * ```
 */
export interface JarLocation {
  /** Folder holding DynamoDBLocal.jar and DynamoDBLocal_lib/. */
  dir: string
  jar: string
  libDir: string
}

/**
 * The DynamoDB Local jar ships inside the npm package `amplify-dynamodb-simulator` (folder `emulator/`).
 * We only use that folder, never the package's JavaScript.
 *
 * @example
 * ```ts
 * const { jar, libDir } = findJar()
 * console.log(jar) // .../amplify-dynamodb-simulator/emulator/DynamoDBLocal.jar
 * ```
 */
export function findJar(explicitDir?: string): JarLocation {
  const dir = explicitDir ?? simulatorEmulatorDir()
  const jar = join(dir, 'DynamoDBLocal.jar')
  if (!existsSync(jar)) {
    throw new DynamoDBLocalError(
      'JAR_NOT_FOUND',
      `DynamoDBLocal.jar was not found in ${dir}.`,
      'Install the package that ships it: `npm install amplify-dynamodb-simulator`, or pass `jarDir` pointing at a folder with DynamoDBLocal.jar.',
    )
  }
  return { dir, jar, libDir: join(dir, 'DynamoDBLocal_lib') }
}

function simulatorEmulatorDir(): string {
  const require = createRequire(import.meta.url)
  try {
    return join(dirname(require.resolve('amplify-dynamodb-simulator/package.json')), 'emulator')
  } catch (cause) {
    throw new DynamoDBLocalError(
      'JAR_NOT_FOUND',
      'The npm package amplify-dynamodb-simulator (which ships DynamoDBLocal.jar) is not installed.',
      'Run `npm install amplify-dynamodb-simulator`, or pass `jarDir` pointing at a folder with DynamoDBLocal.jar.',
      { cause },
    )
  }
}
