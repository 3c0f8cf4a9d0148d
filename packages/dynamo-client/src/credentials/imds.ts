import type { Credentials } from '../signing/types'
import type { Env } from './env'
import { fetchText, parseMetadataCredentials } from './http-json'

const DEFAULT_ENDPOINT = 'http://169.254.169.254'
const CREDENTIALS_PATH = '/latest/meta-data/iam/security-credentials/'

export function imdsDisabled(env: Env): boolean {
  return (env.AWS_EC2_METADATA_DISABLED ?? '').toLowerCase() === 'true'
}

/** EC2 instance-role credentials over IMDSv2 (session token first, then the role, then its keys). */
export async function credentialsFromImds(env: Env, timeoutMs = 1000): Promise<Credentials | undefined> {
  if (imdsDisabled(env)) return undefined
  const base = (env.AWS_EC2_METADATA_SERVICE_ENDPOINT ?? DEFAULT_ENDPOINT).replace(/\/$/, '')
  const token = await fetchText(`${base}/latest/api/token`, {
    method: 'PUT',
    headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '21600' },
    timeoutMs,
  })
  const headers = { 'x-aws-ec2-metadata-token': token }
  const roles = await fetchText(`${base}${CREDENTIALS_PATH}`, { headers, timeoutMs })
  const role = roles.split('\n')[0]?.trim()
  if (!role) return undefined
  const text = await fetchText(`${base}${CREDENTIALS_PATH}${encodeURIComponent(role)}`, {
    headers,
    timeoutMs,
  })
  return parseMetadataCredentials(text, 'IMDS')
}
