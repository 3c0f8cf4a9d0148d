import { CliError } from './cli-error'

/** Any error as the lines a user reads: message, `hint:` line, stack only when asked for. */
export function formatError(error: unknown, verbose: boolean): string {
  if (!(error instanceof Error)) return `error: ${String(error)}`
  const lines = [`error: ${error.message}`]
  const hint = hintOf(error)
  if (hint) lines.push(`hint: ${hint}`)
  const code = codeOf(error)
  if (verbose) {
    if (code) lines.push(`code: ${code}`)
    if (error.stack) lines.push(error.stack)
  }
  return lines.join('\n')
}

/** Exit code for an error: 2 for usage mistakes (commander's own included), 1 otherwise. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof CliError) return error.exitCode
  const code = codeOf(error)
  if (code?.startsWith('commander.')) return 2
  return 1
}

function hintOf(error: Error): string | undefined {
  const hint = (error as { hint?: unknown }).hint
  return typeof hint === 'string' && hint.length > 0 ? hint : undefined
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}
