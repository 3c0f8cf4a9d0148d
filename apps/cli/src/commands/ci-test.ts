import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { usageError } from '../support/cli-error'
import type { GlobalFlags } from '../support/global-flags'
import type { Output } from '../support/output'
import { openProject } from '../support/project'

/**
 * `ci:test -- <command...>`: creates a table of its own from the models' design (unique name), runs the
 * command with DBTOOLING_TABLE_NAME (and DBTOOLING_ENDPOINT) pointing at it, drops the table afterwards
 * whatever happened, and exits with the command's exit code.
 */
export async function runCiTest(command: string[], global: GlobalFlags, out: Output): Promise<void> {
  if (command.length === 0)
    throw usageError('ci:test needs a command to run', 'e.g. dbtooling ci:test -- npx vitest run')
  const base = await openProject(global)
  const table = `${base.orm.tableName}-ci-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`
  const { createOrm } = await import('@dbtooling/orm')
  const orm = createOrm({
    models: base.models,
    config: { ...base.config, tableName: table, tableNamePrefix: '', tableNameSuffix: '' },
    setDefault: false,
  })
  await orm.createTable()
  out.line(`ci:test: created ${table}`)
  let code = 1
  try {
    code = await new Promise<number>((resolve, reject) => {
      const child = spawn(command[0] ?? '', command.slice(1), {
        cwd: base.cwd,
        stdio: 'inherit',
        env: {
          ...process.env,
          ...base.env.vars,
          DBTOOLING_TABLE_NAME: table,
          ...(base.endpoint ? { DBTOOLING_ENDPOINT: base.endpoint } : {}),
        },
      })
      child.once('error', reject)
      child.once('exit', (exit, signal) => resolve(exit ?? (signal ? 128 : 1)))
    })
  } finally {
    await orm.dropTable()
    out.line(`ci:test: dropped ${table}; the command exited ${code}`)
  }
  process.exitCode = code
}
