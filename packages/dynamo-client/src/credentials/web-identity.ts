import { readFile } from 'node:fs/promises'
import type { Credentials } from '../signing/types'
import { defaultSessionName } from './assume-role'
import { AssumeRoleError } from './entry-exports'
import type { Env } from './env'
import { type ResolveContext, stsRegion } from './resolve-context'
import { callSts } from './sts-client'

export interface WebIdentitySettings {
  readonly tokenFile: string
  readonly roleArn: string
  readonly sessionName?: string | undefined
  /** Region from the profile, if the settings came from one. */
  readonly region?: string | undefined
  readonly profile?: string | undefined
}

/** EKS IRSA and friends: AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN (+ AWS_ROLE_SESSION_NAME). */
export function webIdentityFromEnv(env: Env): WebIdentitySettings | undefined {
  const tokenFile = env.AWS_WEB_IDENTITY_TOKEN_FILE
  const roleArn = env.AWS_ROLE_ARN
  if (!tokenFile || !roleArn) return undefined
  return { tokenFile, roleArn, sessionName: env.AWS_ROLE_SESSION_NAME || undefined }
}

/**
 * AssumeRoleWithWebIdentity, unsigned: the OIDC token is the proof. The token file is read on every
 * call because the platform rotates it.
 */
export async function credentialsFromWebIdentity(
  settings: WebIdentitySettings,
  ctx: Pick<ResolveContext, 'env' | 'region' | 'httpTimeoutMs'>,
): Promise<Credentials> {
  let token: string
  try {
    token = (await readFile(settings.tokenFile, 'utf8')).trim()
  } catch (cause) {
    throw new AssumeRoleError({
      reason: 'token-file',
      profile: settings.profile,
      roleArn: settings.roleArn,
      message: `Cannot read the web identity token file ${settings.tokenFile} (${(cause as { code?: string }).code ?? 'error'})`,
      hint: 'Check AWS_WEB_IDENTITY_TOKEN_FILE / web_identity_token_file: on EKS the pod needs the service account token volume (IRSA).',
    })
  }
  return callSts({
    action: 'AssumeRoleWithWebIdentity',
    params: {
      RoleArn: settings.roleArn,
      RoleSessionName: settings.sessionName || defaultSessionName(),
      WebIdentityToken: token,
    },
    region: stsRegion(ctx, settings.region),
    env: ctx.env,
    timeoutMs: ctx.httpTimeoutMs,
    profile: settings.profile,
  })
}
