import type { Credentials } from '../signing/types'
import { AssumeRoleError } from './entry-exports'
import { type ResolveContext, stsRegion } from './resolve-context'
import type { SharedProfile } from './shared-files'
import { callSts } from './sts-client'

/** What STS accepts for DurationSeconds (the role's own maximum may be lower; STS says so). */
const MIN_DURATION_S = 900
const MAX_DURATION_S = 43_200

export function defaultSessionName(): string {
  return `dbtooling-${Date.now()}`
}

/** AssumeRole for a profile with `role_arn`, signed with the already resolved source credentials. */
export async function assumeRoleForProfile(
  profile: SharedProfile,
  source: Credentials,
  ctx: ResolveContext,
): Promise<Credentials> {
  const values = profile.values
  const roleArn = values.get('role_arn') as string
  const params: Record<string, string> = {
    RoleArn: roleArn,
    RoleSessionName: values.get('role_session_name') || defaultSessionName(),
  }
  const externalId = values.get('external_id')
  if (externalId) params.ExternalId = externalId
  const duration = values.get('duration_seconds')
  if (duration) params.DurationSeconds = String(durationSeconds(duration, profile.name, roleArn))
  const mfaSerial = values.get('mfa_serial')
  if (mfaSerial) {
    params.SerialNumber = mfaSerial
    params.TokenCode = await mfaCode(mfaSerial, profile.name, roleArn, ctx)
  }
  return callSts({
    action: 'AssumeRole',
    params,
    region: stsRegion(ctx, values.get('region')),
    env: ctx.env,
    timeoutMs: ctx.httpTimeoutMs,
    signWith: source,
    profile: profile.name,
  })
}

function durationSeconds(text: string, profile: string, roleArn: string): number {
  const value = Number(text)
  if (Number.isInteger(value) && value >= MIN_DURATION_S && value <= MAX_DURATION_S) return value
  throw new AssumeRoleError({
    reason: 'invalid-profile',
    profile,
    roleArn,
    message: `duration_seconds = ${text} in profile "${profile}" is not a whole number of seconds from ${MIN_DURATION_S} to ${MAX_DURATION_S}`,
    hint: 'Use e.g. duration_seconds = 3600 (and no more than the role allows as its maximum session duration).',
  })
}

async function mfaCode(
  serial: string,
  profile: string,
  roleArn: string,
  ctx: ResolveContext,
): Promise<string> {
  if (!ctx.mfaCodeProvider) {
    throw new AssumeRoleError({
      reason: 'mfa-required',
      profile,
      roleArn,
      message: `Profile "${profile}" needs an MFA code (mfa_serial = ${serial}), and no code can be asked for here`,
      hint: 'A server process cannot prompt. Pass `credentials: fromProfile({ profile, mfaCodeProvider: async (serial) => code })`, or use a credential_process (aws-vault, granted) that caches MFA sessions.',
    })
  }
  const code = (await ctx.mfaCodeProvider(serial)).trim()
  if (!/^\d{6}$/.test(code)) {
    throw new AssumeRoleError({
      reason: 'mfa-required',
      profile,
      roleArn,
      message: `The MFA code for ${serial} must be 6 digits`,
      hint: 'Return the current 6-digit code of the device from mfaCodeProvider.',
    })
  }
  return code
}
