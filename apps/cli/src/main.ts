import { CommanderError } from 'commander'
import { createProgram } from './program'
import { exitCodeOf, formatError } from './support/format-error'

const program = createProgram().exitOverride()

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    // Commander already printed help, a version or its usage message.
    process.exitCode = error.exitCode === 0 ? 0 : 2
    return
  }
  const verbose = process.argv.includes('--verbose') || process.argv.includes('-v')
  process.stderr.write(`${formatError(error, verbose)}\n`)
  process.exitCode = exitCodeOf(error)
})
