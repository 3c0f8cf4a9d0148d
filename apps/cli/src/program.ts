import { Command } from 'commander'
import { registerStart } from './commands/start'

export const VERSION = '0.1.0'

/** Builds the `dbtooling` command tree; `cli.ts` parses process.argv with it. */
export function createProgram(): Command {
  const program = new Command()
  program.name('dbtooling').description('DynamoDB, single-table, the Eloquent way').version(VERSION)
  registerStart(program)
  return program
}
