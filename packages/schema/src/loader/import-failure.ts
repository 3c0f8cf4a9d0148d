export type ImportFailureKind = 'syntax' | 'unresolved' | 'threw'

/** Why a file could not be imported; callers turn it into their own typed error. */
export class ImportFailure extends Error {
  override readonly name = 'ImportFailure'
  constructor(
    readonly kind: ImportFailureKind,
    readonly file: string,
    readonly packageName: string | null,
    readonly importer: string,
    override readonly cause: unknown,
  ) {
    super(`${kind}: ${cause instanceof Error ? cause.message : String(cause)}`)
  }
}
