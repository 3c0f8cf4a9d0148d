import { readFile } from 'node:fs/promises'
import type { Credentials } from '../signing/types'
import type { Env } from './env'
import { fetchText, parseMetadataCredentials } from './http-json'

const ECS_HOST = 'http://169.254.170.2'

/** Hosts a FULL_URI may point at over plain HTTP: the container agents' link-local addresses and loopback. */
function allowedFullUri(uri: string): boolean {
  const url = new URL(uri)
  if (url.protocol === 'https:') return true
  const host = url.hostname.replace(/^\[|\]$/g, '')
  return (
    host === '169.254.170.2' ||
    host === '169.254.170.23' ||
    host === 'localhost' ||
    host === '::1' ||
    host.startsWith('127.') ||
    host === 'fd00:ec2::23'
  )
}

export function containerEndpoint(env: Env): string | undefined {
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI)
    return `${ECS_HOST}${env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI}`
  const full = env.AWS_CONTAINER_CREDENTIALS_FULL_URI
  if (full && allowedFullUri(full)) return full
  return undefined
}

async function authorization(env: Env): Promise<string | undefined> {
  if (env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE) {
    return (await readFile(env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE, 'utf8')).trim()
  }
  return env.AWS_CONTAINER_AUTHORIZATION_TOKEN
}

/** ECS / EKS Pod Identity / Lambda-style container credentials; undefined when not in such a container. */
export async function credentialsFromContainer(env: Env, timeoutMs = 1000): Promise<Credentials | undefined> {
  const endpoint = containerEndpoint(env)
  if (!endpoint) return undefined
  const token = await authorization(env)
  const text = await fetchText(endpoint, { headers: token ? { authorization: token } : {}, timeoutMs })
  return parseMetadataCredentials(text, 'Container credentials endpoint')
}
