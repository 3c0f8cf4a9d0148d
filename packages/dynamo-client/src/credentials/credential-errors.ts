import { CredentialsError } from '../errors/client-errors'

/**
 * Typed failures of the profile-based providers. All are `CredentialsError`s (code `CredentialsError`),
 * so existing handling keeps working; `reason` is the discriminant for the particular failure.
 * None of them carries key material, tokens or the process's stdout.
 */

interface FailureInit<Reason extends string> {
  reason: Reason
  message: string
  hint: string
  profile?: string | undefined
  cause?: unknown
  statusCode?: number | undefined
  requestId?: string | undefined
}

function baseInit(init: FailureInit<string>) {
  // A plain object (not a fresh literal at the call) so statusCode/requestId reach DynamoDBError too.
  const base = {
    message: init.message,
    hint: init.hint,
    searched: init.profile ? [`profile "${init.profile}"`] : [],
    statusCode: init.statusCode,
    requestId: init.requestId,
    ...(init.cause === undefined ? {} : { cause: init.cause }),
  }
  return base
}

/**
 * Why a profile's `credential_process` gave no credentials; `CredentialProcessError.reason`.
 *
 * @example
 * ```ts
 * if (error instanceof CredentialProcessError) {
 *   const reason: CredentialProcessFailure = error.reason
 *   if (reason === 'timeout') console.error('the credential process did not answer in time')
 * }
 * ```
 */
export type CredentialProcessFailure =
  | 'invalid-command'
  | 'spawn-failed'
  | 'exit-code'
  | 'timeout'
  | 'invalid-json'
  | 'unsupported-version'
  | 'missing-keys'
  | 'expired'

/**
 * A profile's `credential_process` could not be run or gave unusable output.
 *
 * @example
 * ```ts
 * try {
 *   await new DynamoClient({ profile: 'vault' }).listTables({})
 * } catch (error) {
 *   if (error instanceof CredentialProcessError) console.error(error.reason, error.hint)
 *   else throw error
 * }
 * ```
 */
export class CredentialProcessError extends CredentialsError {
  readonly reason: CredentialProcessFailure
  readonly profile: string | undefined
  /** The process's exit code, for `exit-code`. */
  readonly exitCode: number | undefined
  /** The start of what the process wrote to stderr (secret-looking values masked); never its stdout. */
  readonly stderr: string

  constructor(init: FailureInit<CredentialProcessFailure> & { exitCode?: number; stderr?: string }) {
    super(baseInit(init))
    this.reason = init.reason
    this.profile = init.profile
    this.exitCode = init.exitCode
    this.stderr = init.stderr ?? ''
  }
}

/**
 * Why an AssumeRole (or web identity) credential lookup failed; `AssumeRoleError.reason`.
 *
 * @example
 * ```ts
 * if (error instanceof AssumeRoleError) {
 *   const reason: AssumeRoleFailure = error.reason
 *   if (reason === 'mfa-required') console.error('pass mfaCodeProvider to fromProfile()')
 * }
 * ```
 */
export type AssumeRoleFailure =
  | 'sts-error'
  | 'invalid-response'
  | 'network'
  | 'mfa-required'
  | 'token-file'
  | 'invalid-profile'
  | 'profile-loop'

/**
 * STS AssumeRole / AssumeRoleWithWebIdentity failed, or the role profile cannot be used as written.
 *
 * @example
 * ```ts
 * try {
 *   await new DynamoClient({ profile: 'admin-role' }).listTables({})
 * } catch (error) {
 *   if (error instanceof AssumeRoleError) console.error(error.reason, error.roleArn, error.hint)
 *   else throw error
 * }
 * ```
 */
export class AssumeRoleError extends CredentialsError {
  readonly reason: AssumeRoleFailure
  readonly profile: string | undefined
  readonly roleArn: string | undefined
  /** The STS error code (`AccessDenied`, `ExpiredToken`, `InvalidIdentityToken`, ...) for `sts-error`. */
  readonly stsCode: string | undefined

  constructor(init: FailureInit<AssumeRoleFailure> & { roleArn?: string | undefined; stsCode?: string }) {
    super(baseInit(init))
    this.reason = init.reason
    this.profile = init.profile
    this.roleArn = init.roleArn
    this.stsCode = init.stsCode
  }
}

/**
 * Why SSO credentials could not be obtained; `SsoCredentialsError.reason`.
 *
 * @example
 * ```ts
 * if (error instanceof SsoCredentialsError) {
 *   const reason: SsoFailure = error.reason
 *   if (reason === 'token-missing' || reason === 'token-expired') console.error('run: aws sso login')
 * }
 * ```
 */
export type SsoFailure =
  | 'invalid-profile'
  | 'token-missing'
  | 'token-expired'
  | 'token-rejected'
  | 'portal-error'
  | 'network'

/**
 * IAM Identity Center (SSO) credentials could not be obtained; most reasons mean "run aws sso login".
 *
 * @example
 * ```ts
 * try {
 *   await new DynamoClient({ profile: 'sso-dev' }).listTables({})
 * } catch (error) {
 *   if (error instanceof SsoCredentialsError && error.reason === 'token-expired') console.error('run: aws sso login')
 *   else throw error
 * }
 * ```
 */
export class SsoCredentialsError extends CredentialsError {
  readonly reason: SsoFailure
  readonly profile: string | undefined

  constructor(init: FailureInit<SsoFailure>) {
    super(baseInit(init))
    this.reason = init.reason
    this.profile = init.profile
  }
}
