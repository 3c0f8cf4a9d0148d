import { resolve } from 'node:path'
import type { AttributeTransform } from '@dbtooling/orm'
import { usageError } from '../support/cli-error'
import type { GlobalFlags } from '../support/global-flags'
import type { Output } from '../support/output'
import { createProgress } from '../support/progress'
import { openProject } from '../support/project'
import { positiveInt } from './query'

export interface ExportFlags {
  format?: string
  segments?: string
  model?: string[]
  keyPrefix?: string
  since?: string
  watermark?: string
  chunk?: string
  gzip?: boolean
}

const orNothing = <K extends string, V>(key: K, value: V | undefined) =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>)

/** `export [file]`: the table, or a selection, to a file (format from the name or --format). */
export async function runExport(
  file: string | undefined,
  flags: ExportFlags,
  global: GlobalFlags,
  out: Output,
): Promise<void> {
  const project = await openProject(global)
  const { exportTable, FORMATS } = await import('@dbtooling/orm')
  if (flags.format && !(FORMATS as readonly string[]).includes(flags.format)) {
    throw usageError(`--format "${flags.format}" is not one of ${FORMATS.join(', ')}`, 'e.g. --format csv')
  }
  const target = resolve(project.cwd, file ?? `${project.orm.tableName}.ndjson`)
  const progress = createProgress('export', out.json)
  const result = await exportTable(project.orm, {
    file: target,
    segments: positiveInt(flags.segments, '--segments', 1),
    ...orNothing('format', flags.format as never),
    ...orNothing('gzip', flags.gzip),
    ...orNothing('entityTypes', flags.model),
    ...orNothing('keyPrefix', flags.keyPrefix),
    ...orNothing('changedAfter', flags.since),
    ...orNothing('watermarkFile', flags.watermark ? resolve(project.cwd, flags.watermark) : undefined),
    ...orNothing('chunkItems', flags.chunk ? positiveInt(flags.chunk, '--chunk', 1) : undefined),
    onProgress: (p) => progress.update(`${p.items} items, ${p.itemsPerSecond.toFixed(0)}/s`),
  })
  progress.done()
  out.data(
    result,
    () =>
      `Exported ${result.items} items (${result.format}, ${result.bytes} bytes) to ${result.files.join(', ')}`,
  )
}

export interface ImportFlags {
  format?: string
  model?: string
  map?: string[]
  dryRun?: boolean
  report?: string
  rate?: string
}

/** `import <file>`: items or model rows back in; resumable, idempotent, every rejected row reported. */
export async function runImport(
  file: string,
  flags: ImportFlags,
  global: GlobalFlags,
  out: Output,
): Promise<void> {
  const project = await openProject(global)
  const { importTable } = await import('@dbtooling/orm')
  const columns: Record<string, string> = {}
  for (const pair of flags.map ?? []) {
    const at = pair.indexOf('=')
    if (at <= 0) throw usageError(`--map "${pair}" is not column=attribute`, 'e.g. --map "Unit price=price"')
    columns[pair.slice(0, at)] = pair.slice(at + 1)
  }
  const progress = createProgress('import', out.json)
  const result = await importTable(project.orm, {
    file: resolve(project.cwd, file),
    columns,
    ...orNothing('format', flags.format as never),
    ...orNothing('model', flags.model),
    ...orNothing('dryRun', flags.dryRun),
    ...orNothing('reportFile', flags.report ? resolve(project.cwd, flags.report) : undefined),
    ...orNothing('writesPerSecond', flags.rate ? positiveInt(flags.rate, '--rate', 1) : undefined),
    onProgress: (p) =>
      progress.update(
        `read ${p.read}, written ${p.written}, rejected ${p.rejected}, ${p.itemsPerSecond.toFixed(0)}/s`,
      ),
  })
  progress.done()
  out.data(result, () =>
    [
      `${result.dryRun ? 'Dry run: would write' : 'Wrote'} ${result.dryRun ? result.read - result.rejected : result.written} of ${result.read} rows read${result.resumedAfterLine ? ` (resumed after line ${result.resumedAfterLine})` : ''}.`,
      result.rejected ? `${result.rejected} rejected: see ${result.reportFile}` : 'None rejected.',
    ].join('\n'),
  )
  if (result.rejected > 0) process.exitCode = 1
}

export interface CopyFlags {
  toEnv?: string
  toEndpoint?: string
  toTable?: string
  model?: string[]
  segments?: string
  fake?: string[]
  hash?: string[]
  redact?: string[]
  null?: string[]
  secret?: string
}

/** `copy`: this environment's table to another (env, endpoint or table), anonymising on the way. */
export async function runCopy(flags: CopyFlags, global: GlobalFlags, out: Output): Promise<void> {
  if (!flags.toEnv && !flags.toEndpoint && !flags.toTable) {
    throw usageError(
      'copy needs a target',
      'pass --to-env <name>, --to-endpoint <url> and/or --to-table <name>',
    )
  }
  const from = await openProject(global)
  const to = await openProject({
    ...global,
    ...orNothing('env', flags.toEnv),
    ...orNothing('endpoint', flags.toEndpoint),
  })
  const target = flags.toTable ? await retarget(to, flags.toTable) : to
  const transforms = collectTransforms(flags)
  const secret = flags.secret ?? from.env.vars.DBTOOLING_ANONYMISE_SECRET
  if (Object.keys(transforms).length > 0 && !secret) {
    throw usageError(
      'anonymising needs a secret',
      'pass --secret, or set DBTOOLING_ANONYMISE_SECRET (kept out of the copy)',
    )
  }
  if (target.orm.tableName === from.orm.tableName && target.endpoint === from.endpoint) {
    throw usageError(
      'the target is the source table',
      'pass --to-env, --to-endpoint or --to-table naming another table',
    )
  }
  const { copyTable } = await import('@dbtooling/orm')
  const progress = createProgress('copy', out.json)
  const result = await copyTable(from.orm, target.orm, {
    transforms,
    segments: positiveInt(flags.segments, '--segments', 1),
    ...orNothing('secret', secret),
    ...orNothing('entityTypes', flags.model),
    onProgress: (p) => progress.update(`read ${p.read}, written ${p.written}`),
  })
  progress.done()
  out.data(
    { from: from.orm.tableName, to: target.orm.tableName, ...result },
    () =>
      `Copied ${result.written} of ${result.read} items from ${from.orm.tableName} to ${target.orm.tableName} (${result.transformed} anonymised).`,
  )
}

async function retarget(project: Awaited<ReturnType<typeof openProject>>, table: string) {
  const { createOrm } = await import('@dbtooling/orm')
  const orm = createOrm({
    models: project.models,
    config: { ...project.config, tableName: table, tableNamePrefix: '', tableNameSuffix: '' },
    setDefault: false,
  })
  return { ...project, orm }
}

function collectTransforms(flags: CopyFlags): Record<string, Record<string, AttributeTransform>> {
  const transforms: Record<string, Record<string, AttributeTransform>> = {}
  const rules: Array<[string[] | undefined, AttributeTransform]> = [
    [flags.fake, 'fake'],
    [flags.hash, 'hash'],
    [flags.redact, 'redact'],
    [flags.null, 'null'],
  ]
  for (const [targets, rule] of rules) {
    for (const target of targets ?? []) {
      const [model, attribute] = target.split('.')
      if (!model || !attribute)
        throw usageError(`"${target}" is not Model.attribute`, 'e.g. --fake User.email')
      transforms[model] = { ...transforms[model], [attribute]: rule }
    }
  }
  return transforms
}
