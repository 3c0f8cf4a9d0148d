/**
 * Thrown when code calls a stand-in for a `@stacksjs/*` export that is not installed.
 *
 * @example
 * ```ts
 * try {
 *   user.avatarUrl // an accessor calling a stand-in of an uninstalled @stacksjs package
 * } catch (error) {
 *   if (error instanceof StacksShimError && error.code === 'STACKS_PACKAGE_MISSING') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class StacksShimError extends Error {
  override readonly name = 'StacksShimError'
  readonly code = 'STACKS_PACKAGE_MISSING' as const
  readonly hint: string
  readonly packageName: string
  readonly exportName: string

  constructor(packageName: string, exportName: string) {
    const hint = `install ${packageName}, or avoid calling ${exportName} while loading models (accessor bodies only run on use)`
    super(
      `${packageName} is not installed, so ${exportName}() is only a stand-in and cannot run. Hint: ${hint}`,
    )
    this.hint = hint
    this.packageName = packageName
    this.exportName = exportName
  }
}
