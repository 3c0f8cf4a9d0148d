import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { MigrateOptions, MigrateResult, MigrationProgress } from '@dbtooling/orm'
import { usageError } from '../support/cli-error'
import { confirmDestructive } from '../support/confirm'
import type { GlobalFlags } from '../support/global-flags'
import { type Output, renderTable } from '../support/output'
import { createProgress } from '../support/progress'
import { type OpenedProject, openProject } from '../support/project'
import { positiveInt } from './query'

export interface MigrateFlags {
  dryRun?: boolean
  force?: boolean
  workers?: string
  segments?: string
  rate?: string
  lockWait?: string
  /** `--copy-table` alone is `true` (default name), with a value the new table's name. */
  copyTable?: boolean | string
}

function progressReporter(out: Output, jsonLog: boolean) {
  const bar = createProgress('migrate', out.json || jsonLog)
  return (event: MigrationProgress) => {
    if (jsonLog) {
      process.stderr.write(`${JSON.stringify({ at: new Date().toISOString(), ...event })}\n`)
      return
    }
    if (event.type === 'step') {
      if (event.status === 'start')
        bar.update(`step ${event.position + 1}/${event.total}: ${event.step.what}`)
      return
    }
    bar.update(
      `backfill ${event.segmentsDone}/${event.totalSegments} segments, ${event.scanned} scanned, ${event.written} written, ${event.itemsPerSecond.toFixed(0)} items/s`,
    )
  }
}

function migrateOptions(flags: MigrateFlags, onProgress: (e: MigrationProgress) => void): MigrateOptions {
  return {
    onProgress,
    ...(flags.dryRun ? { dryRun: true } : {}),
    ...(flags.force ? { force: true } : {}),
    ...(flags.lockWait ? { lockWaitMs: positiveInt(flags.lockWait, '--lock-wait', 1) * 1000 } : {}),
    ...(flags.copyTable === undefined
      ? {}
      : { copyTable: typeof flags.copyTable === 'string' ? { tableName: flags.copyTable } : {} }),
    backfill: {
      ...(flags.segments ? { segments: positiveInt(flags.segments, '--segments', 1) } : {}),
      ...(flags.rate ? { writesPerSecond: positiveInt(flags.rate, '--rate', 1) } : {}),
    },
  }
}

/** Spawns `migrate:worker` processes (the same command a fleet runs) that join the backfill through leases. */
function spawnWorkers(count: number, global: GlobalFlags): Array<Promise<number>> {
  const args = [...process.execArgv, process.argv[1] ?? '', 'migrate:worker', '--wait', '60']
  if (global.cwd) args.push('--cwd', global.cwd)
  if (global.config) args.push('--config', global.config)
  if (global.env) args.push('--env', global.env)
  if (global.endpoint) args.push('--endpoint', global.endpoint)
  return Array.from({ length: count }, () => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] })
    return new Promise<number>((done) => child.once('exit', (code) => done(code ?? 1)))
  })
}

function printResult(out: Output, result: MigrateResult, planText: string) {
  const verified = Object.entries(result.verification)
  out.data(result, () =>
    [
      planText.trimEnd(),
      result.applied
        ? 'Applied.'
        : result.plan.steps.length === 0
          ? 'Up to date.'
          : 'Dry run: nothing was changed.',
      ...verified.map(([step, v]) => `verified ${step}: ${JSON.stringify(v)}`),
      ...(result.copiedTo
        ? [
            `copied ${result.copiedTo.copiedItems} of ${result.copiedTo.sourceItems} items to ${result.copiedTo.tableName}; set the config's table name to ${result.copiedTo.tableName} (the old table is kept until you drop it)`,
          ]
        : []),
    ].join('\n'),
  )
}

/** `migrate`: plans from the applied design to today's models and carries it out (backfills included). */
export async function runMigrate(
  flags: MigrateFlags,
  global: GlobalFlags,
  out: Output,
  jsonLog = false,
): Promise<void> {
  const project = await openProject(global)
  const orm = await import('@dbtooling/orm')
  const status = await orm.migrationStatus(project.orm)
  const destructive = status.pending.steps.filter((s) => s.destructive)
  if (destructive.length > 0 && !flags.dryRun) {
    await confirmDestructive(
      `apply ${destructive.length} destructive step(s) (${destructive.map((s) => s.what).join('; ')})`,
      project,
      global,
      flags.force,
    )
    flags.force = true
  }
  const workers = flags.workers ? positiveInt(flags.workers, '--workers', 1) : 1
  const helpers = !flags.dryRun && workers > 1 ? spawnWorkers(workers - 1, global) : []
  const result = await orm.migrate(project.orm, migrateOptions(flags, progressReporter(out, jsonLog)))
  await Promise.all(helpers)
  printResult(out, result, orm.planToText(result.plan))
}

export async function runMigrateStatus(global: GlobalFlags, out: Output): Promise<void> {
  const project = await openProject(global)
  const { migrationStatus, planToText } = await import('@dbtooling/orm')
  const status = await migrationStatus(project.orm)
  out.data(status, () =>
    [
      `table ${status.table}: ${status.exists ? 'exists' : 'does not exist'}`,
      `applied design: ${status.applied ? `${status.applied.hash}` : '(none recorded)'}`,
      status.lock
        ? `locked by ${status.lock.holder} until ${status.lock.leaseUntil.toISOString()}`
        : 'not locked',
      status.backfill
        ? `backfill ${status.backfill.jobId}: ${status.backfill.segmentsDone}/${status.backfill.totalSegments} segments, ${status.backfill.scanned} scanned, ${status.backfill.written} written`
        : 'no backfill running',
      `pending: ${status.pending.steps.length === 0 ? 'nothing (up to date)' : ''}`,
      ...(status.pending.steps.length ? [planToText(status.pending).trimEnd()] : []),
      status.history.length
        ? renderTable(
            ['when', 'kind', 'result', 'by'],
            status.history.slice(0, 10).map((h) => [h.at, h.kind, h.result, h.who]),
          )
        : '(no history)',
    ].join('\n'),
  )
}

export async function runRollback(flags: MigrateFlags, global: GlobalFlags, out: Output): Promise<void> {
  const project = await openProject(global)
  await confirmDestructive('roll back the last migration', project, global, flags.force)
  const orm = await import('@dbtooling/orm')
  const result = await orm.rollback(
    project.orm,
    migrateOptions({ ...flags, force: true }, progressReporter(out, false)),
  )
  printResult(out, result, orm.planToText(result.plan))
}

export async function runMigrateFresh(flags: MigrateFlags, global: GlobalFlags, out: Output): Promise<void> {
  const project = await openProject(global)
  refuseRemote(project, flags, 'migrate:fresh')
  await confirmDestructive(`drop and recreate table ${project.orm.tableName}`, project, global, flags.force)
  const orm = await import('@dbtooling/orm')
  const result = await orm.migrateFresh(
    project.orm,
    migrateOptions({ ...flags, force: true }, progressReporter(out, false)),
  )
  printResult(out, result, orm.planToText(result.plan))
}

/** Fresh tables are for development: against AWS only with --force, even on a terminal. */
export function refuseRemote(project: OpenedProject, flags: { force?: boolean }, command: string): void {
  if (!project.isLocal && !flags.force) {
    throw usageError(
      `${command} drops the table and is meant for DynamoDB Local`,
      `pass --force to run it against ${project.endpoint ?? 'AWS'}`,
    )
  }
}

export async function runMigrateGenerate(
  flags: { format?: string; output?: string },
  global: GlobalFlags,
  out: Output,
): Promise<void> {
  const format = flags.format ?? (global.json ? 'json' : 'text')
  if (format !== 'json' && format !== 'text')
    throw usageError(`--format "${format}" is not json or text`, 'e.g. --format json')
  const project = await openProject(global)
  const { migrationStatus, planToJson, planToText } = await import('@dbtooling/orm')
  const { pending } = await migrationStatus(project.orm)
  const text = format === 'json' ? planToJson(pending) : planToText(pending)
  if (flags.output) {
    writeFileSync(resolve(project.cwd, flags.output), text)
    out.line(`Wrote the plan (${pending.steps.length} step(s)) to ${flags.output}`)
    return
  }
  process.stdout.write(text)
}

export async function runMigrateWorker(
  flags: { wait?: string; rate?: string },
  global: GlobalFlags,
  out: Output,
): Promise<void> {
  const project = await openProject(global)
  const { runMigrationWorker } = await import('@dbtooling/orm')
  const result = await runMigrationWorker(project.orm, {
    waitForJobMs: positiveInt(flags.wait ?? '1', '--wait', 1) * 1000,
    ...(flags.rate ? { writesPerSecond: positiveInt(flags.rate, '--rate', 1) } : {}),
  })
  out.data(result, () => `Worker done: ${result.segmentsRun} segment(s) of ${result.jobs.length} job(s).`)
}

/** `design:diff`: what changed between the design applied to the table and today's models. */
export async function runDesignDiff(global: GlobalFlags, out: Output): Promise<void> {
  const project = await openProject(global)
  const { migrationStatus, planToText } = await import('@dbtooling/orm')
  const { pending, applied } = await migrationStatus(project.orm)
  out.data({ applied: applied?.hash ?? null, next: pending.toHash, steps: pending.steps }, () =>
    pending.steps.length === 0 ? 'The models match the applied design.' : planToText(pending).trimEnd(),
  )
  if (pending.steps.length > 0) process.exitCode = 1
}
