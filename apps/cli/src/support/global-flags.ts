import type { Command } from 'commander'

/** Options every command accepts (declared once on the program). */
export interface GlobalFlags {
  readonly config?: string
  readonly env?: string
  readonly endpoint?: string
  readonly cwd?: string
  readonly json?: boolean
  readonly verbose?: boolean
  readonly yes?: boolean
}

export function registerGlobalFlags(program: Command): void {
  program
    .option('-c, --config <file>', 'config file (default: dbtooling.config.* in the folder)')
    .option('-e, --env <name>', 'environment: also read .env.<name> and .env.<name>.local')
    .option(
      '--endpoint <url>',
      'DynamoDB endpoint (default: config, DBTOOLING_ENDPOINT, then a running `start --detach`)',
    )
    .option('--cwd <dir>', 'project folder (default: the current folder)')
    .option('--json', 'print data as JSON (stable shapes, see docs/cli.md)')
    .option('-v, --verbose', 'print error stacks and codes')
    .option('-y, --yes', 'answer yes to confirmations (same as --force on destructive commands)')
}

/** The global flags as seen from inside a subcommand's action. */
export function globalFlags(command: Command): GlobalFlags {
  return command.optsWithGlobals() as GlobalFlags
}
