import type { Env } from './env'
import type { SharedConfig } from './shared-files'

/**
 * Asked for a one-time code when a role profile has `mfa_serial`; receives that serial (device ARN).
 *
 * @example
 * ```ts
 * const askForCode: MfaCodeProvider = async (serial) => prompt(`MFA code for ${serial}: `)
 * const credentials = fromProfile({ profile: 'admin', mfaCodeProvider: askForCode })
 * ```
 */
export type MfaCodeProvider = (mfaSerial: string) => Promise<string>

/**
 * Options of the profile-based providers (`fromProfile`, `fromDefaultChain`).
 *
 * @example
 * ```ts
 * const options: ProfileCredentialsOptions = { profile: 'prod' }
 * const client = new DynamoClient({ credentials: fromProfile(options) })
 * ```
 */
export interface ProfileCredentialsOptions {
  /** Profile to use; otherwise AWS_PROFILE, then `default`. */
  profile?: string | undefined
  /** Environment to read instead of `process.env` (tests). */
  env?: Env
  /** Region for STS calls; otherwise AWS_REGION, AWS_DEFAULT_REGION, the profile's `region`, us-east-1. */
  region?: string | undefined
  /** Supplies MFA codes for role profiles with `mfa_serial`; without it such profiles fail clearly. */
  mfaCodeProvider?: MfaCodeProvider
  /** Longest a `credential_process` may run. Default 60000 ms. */
  processTimeoutMs?: number
  /** Timeout of each STS / SSO HTTP call. Default 5000 ms. */
  httpTimeoutMs?: number
}

/** What resolving one profile chain needs; built once per resolution. */
export interface ResolveContext {
  readonly env: Env
  readonly config: SharedConfig
  readonly region: string | undefined
  readonly mfaCodeProvider: MfaCodeProvider | undefined
  readonly processTimeoutMs: number
  readonly httpTimeoutMs: number
}

export const DEFAULT_HTTP_TIMEOUT_MS = 5000
export const DEFAULT_PROCESS_TIMEOUT_MS = 60_000

/** Region for STS: explicit, AWS_REGION, AWS_DEFAULT_REGION, the profile's own `region`, us-east-1. */
export function stsRegion(
  ctx: Pick<ResolveContext, 'region' | 'env'>,
  profileRegion: string | undefined,
): string {
  return ctx.region || ctx.env.AWS_REGION || ctx.env.AWS_DEFAULT_REGION || profileRegion || 'us-east-1'
}

/** The context for one resolution, with defaults applied. */
export function resolveContextOf(
  options: ProfileCredentialsOptions,
  env: Env,
  config: SharedConfig,
): ResolveContext {
  return {
    env,
    config,
    region: options.region,
    mfaCodeProvider: options.mfaCodeProvider,
    processTimeoutMs: options.processTimeoutMs ?? DEFAULT_PROCESS_TIMEOUT_MS,
    httpTimeoutMs: options.httpTimeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS,
  }
}
