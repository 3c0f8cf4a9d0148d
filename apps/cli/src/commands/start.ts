import { type DynamoDBLocalInstance, startDynamoDBLocal } from '@dbtooling/local'
import type { Command } from 'commander'

export interface StartFlags {
  port?: string
  dbPath?: string
  inMemory?: boolean
  delayTransientStatuses?: boolean
}

/** `dbtooling start`: runs DynamoDB Local in the foreground until Ctrl-C. */
export function registerStart(program: Command, log: (line: string) => void = console.log): void {
  program
    .command('start')
    .description('Start DynamoDB Local (Java) and keep it running until Ctrl-C')
    .option('-p, --port <port>', 'port to listen on (default: a free port)')
    .option('--db-path <dir>', 'keep data in this folder across restarts (default: in memory)')
    .option('--delay-transient-statuses', 'make CREATING/UPDATING statuses last a while, like AWS')
    .action(async (flags: StartFlags) => {
      const local = await startLocal(flags)
      log(`DynamoDB Local is running at ${local.endpoint} (pid ${local.pid}, log ${local.logFile ?? 'n/a'})`)
      log(`Use it with: DBTOOLING_ENDPOINT=${local.endpoint}`)
      log('Press Ctrl-C to stop.')
      await new Promise<void>((resolve) => {
        const stop = () => {
          void local.stop().then(resolve)
        }
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
      log('DynamoDB Local stopped.')
    })
}

export function startLocal(flags: StartFlags): Promise<DynamoDBLocalInstance> {
  const port = flags.port === undefined ? undefined : Number(flags.port)
  if (port !== undefined && (!Number.isInteger(port) || port <= 0 || port > 65535)) {
    throw new Error(`--port must be a whole number from 1 to 65535, got "${flags.port}".`)
  }
  return startDynamoDBLocal({
    ...(port === undefined ? {} : { port }),
    ...(flags.dbPath ? { dbPath: flags.dbPath } : { inMemory: true }),
    delayTransientStatuses: flags.delayTransientStatuses === true,
  })
}
