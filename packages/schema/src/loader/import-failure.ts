export type ImportFailureKind = 'syntax' | 'unresolved' | 'threw'

/**
 * Why a file could not be imported; callers turn it into their own typed error.
 *
 * @example
 * ```ts
 * try {
 *   await importModule('app/models/Broken.ts', { shims: 'auto' })
 * } catch (error) {
 *   if (error instanceof ImportFailure) console.error(error.message)
 *   else throw error
 * }
 * ```
 */
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
