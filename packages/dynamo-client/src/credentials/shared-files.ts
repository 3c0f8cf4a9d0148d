import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { Credentials } from '../signing/types'
import type { Env } from './env'
import { type IniSections, parseIni } from './ini'

export interface SharedProfile {
  readonly name: string
  readonly values: ReadonlyMap<string, string>
}

/** Both shared files, parsed once per resolution so chained profiles do not re-read them. */
export interface SharedConfig {
  readonly paths: { readonly credentials: string; readonly config: string }
  /** `[name]` in credentials merged over `[profile name]` (or `[default]`) in config. */
  profile(name: string): SharedProfile | undefined
  /** An `[sso-session name]` section of the config file. */
  ssoSession(name: string): ReadonlyMap<string, string> | undefined
}

export function homeDirectory(env: Env): string {
  return env.HOME ?? env.USERPROFILE ?? homedir()
}

export function sharedFilePaths(env: Env): { credentials: string; config: string } {
  const home = homeDirectory(env)
  return {
    credentials: env.AWS_SHARED_CREDENTIALS_FILE ?? join(home, '.aws', 'credentials'),
    config: env.AWS_CONFIG_FILE ?? join(home, '.aws', 'config'),
  }
}

async function readOptional(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return ''
    throw error
  }
}

export async function loadSharedConfig(env: Env): Promise<SharedConfig> {
  const paths = sharedFilePaths(env)
  const [credentialsText, configText] = await Promise.all([
    readOptional(paths.credentials),
    readOptional(paths.config),
  ])
  return sharedConfigOf(paths, parseIni(credentialsText), parseIni(configText))
}

function sharedConfigOf(
  paths: SharedConfig['paths'],
  credentials: IniSections,
  config: IniSections,
): SharedConfig {
  return {
    paths,
    profile(name) {
      const fromCredentials = credentials.get(name)
      const fromConfig =
        config.get(`profile ${name}`) ?? (name === 'default' ? config.get('default') : undefined)
      if (!fromCredentials && !fromConfig) return undefined
      // The AWS CLI lets the credentials file win for a key present in both.
      return { name, values: new Map([...(fromConfig ?? []), ...(fromCredentials ?? [])]) }
    },
    ssoSession: (name) => config.get(`sso-session ${name}`),
  }
}

/** The named profile merged from both files; undefined when neither file mentions it. */
export async function loadSharedProfile(name: string, env: Env): Promise<SharedProfile | undefined> {
  return (await loadSharedConfig(env)).profile(name)
}

/** Static keys (with an optional session token) from a profile; undefined when it has none. */
export function credentialsFromProfile(profile: SharedProfile): Credentials | undefined {
  const accessKeyId = profile.values.get('aws_access_key_id')
  const secretAccessKey = profile.values.get('aws_secret_access_key')
  if (!accessKeyId || !secretAccessKey) return undefined
  return {
    accessKeyId,
    secretAccessKey,
    sessionToken: profile.values.get('aws_session_token') || undefined,
  }
}
