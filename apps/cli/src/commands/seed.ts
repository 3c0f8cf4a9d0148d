import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { RunSeedersOptions, SeedRunResult } from '@dbtooling/orm'
import { CliError, usageError } from '../support/cli-error'
import { confirmDestructive } from '../support/confirm'
import type { GlobalFlags } from '../support/global-flags'
import type { Output } from '../support/output'
import { createProgress } from '../support/progress'
import { type OpenedProject, openProject } from '../support/project'
import { refuseRemote } from './migrate'
import { positiveInt } from './query'

export interface SeedFlags {
  class?: string
  seed?: string
  seeders?: string
  factories?: string
  count?: string
  force?: boolean
}

/** The seeders folder: --seeders, else `database/seeders` or `seeders` next to the config, when present. */
function seedersPath(project: OpenedProject, flags: SeedFlags): string | undefined {
  if (flags.seeders) return resolve(project.cwd, flags.seeders)
  return ['database/seeders', 'seeders'].map((dir) => join(project.cwd, dir)).find((dir) => existsSync(dir))
}

/** The factories folder: --factories, else `database/factories` or `factories` next to the config, when present. */
function factoriesPath(project: OpenedProject, flags: SeedFlags): string | undefined {
  if (flags.factories) return resolve(project.cwd, flags.factories)
  return ['database/factories', 'factories']
    .map((dir) => join(project.cwd, dir))
    .find((dir) => existsSync(dir))
}

function seedOptions(project: OpenedProject, flags: SeedFlags, out: Output): RunSeedersOptions {
  const progress = createProgress('seed', out.json)
  const path = seedersPath(project, flags)
  const factories = factoriesPath(project, flags)
  if (flags.seed !== undefined && !/^\d+$/.test(flags.seed))
    throw usageError(`--seed must be a whole number, got "${flags.seed}"`, 'e.g. --seed 42')
  return {
    cwd: project.cwd,
    ...(path ? { path } : {}),
    ...(factories ? { factories } : {}),
    ...(flags.class ? { only: flags.class } : {}),
    ...(flags.seed !== undefined ? { seed: Number(flags.seed) } : {}),
    ...(flags.count ? { defaultCount: positiveInt(flags.count, '--count', 10) } : {}),
    logger: { info: (message: string) => out.line(message), warn: (message: string) => out.warn(message) },
    onProgress: (p) =>
      progress.update(`${p.model} ${p.written}/${p.total}, ${p.itemsPerSecond.toFixed(0)} items/s`),
  } as RunSeedersOptions
}

function printSeeded(out: Output, result: SeedRunResult): void {
  out.data(result, () =>
    [
      result.mode === 'auto'
        ? `No seeders: seeded the models from themselves (${Object.entries(result.auto?.counts ?? {})
            .map(([model, n]) => `${model} ${n}`)
            .join(', ')}).`
        : `Ran ${result.ran.join(', ')}.`,
      `${result.written} items in ${(result.elapsedMs / 1000).toFixed(1)} s (${result.itemsPerSecond.toFixed(0)} items/s), seed ${result.seed}.`,
    ].join('\n'),
  )
}

/** `seed`: runs the project's seeders (or one with --class); without any, seeds every model from itself. */
export async function runSeed(flags: SeedFlags, global: GlobalFlags, out: Output): Promise<void> {
  const project = await openProject(global)
  const { runSeeders } = await import('@dbtooling/orm')
  printSeeded(out, await runSeeders(project.orm, seedOptions(project, flags, out)))
}

/** `db:fresh`: drop the table, migrate from nothing, seed. DynamoDB Local only, unless --force. */
export async function runDbFresh(flags: SeedFlags, global: GlobalFlags, out: Output): Promise<void> {
  const project = await openProject(global)
  refuseRemote(project, flags, 'db:fresh')
  await confirmDestructive(
    `drop, recreate and seed table ${project.orm.tableName}`,
    project,
    global,
    flags.force,
  )
  const { fresh } = await import('@dbtooling/orm')
  printSeeded(
    out,
    await fresh(project.orm, {
      ...seedOptions(project, flags, out),
      force: flags.force === true || !project.isLocal,
    }),
  )
}

const PASCAL = /^[A-Z][A-Za-z0-9]*$/

/** `make:seeder Name`: a seeder file the `seed` command discovers. */
export async function runMakeSeeder(
  name: string,
  flags: { dir?: string; force?: boolean },
  global: GlobalFlags,
  out: Output,
): Promise<void> {
  if (!PASCAL.test(name))
    throw usageError(`"${name}" is not a seeder name`, 'use PascalCase, e.g. make:seeder UserSeeder')
  const project = await openProject(global)
  const dir = resolve(project.cwd, flags.dir ?? 'database/seeders')
  const first = Object.keys(project.orm.design.entities).sort()[0] ?? 'User'
  const file = writeNew(dir, `${name}.ts`, flags.force, [
    "import { Seeder, type SeedContext } from '@dbtooling/orm'",
    '',
    `export default class ${name} extends Seeder {`,
    '  async run({ factory }: SeedContext) {',
    `    await factory('${first}').count(10).create()`,
    '  }',
    '}',
    '',
  ])
  const { discoverSeeders } = await import('@dbtooling/orm')
  const found = await discoverSeeders(dir, project.cwd)
  if (!found.some((s) => s.name === name))
    throw new CliError('VALIDATION_FAILED', `${file} did not load as a seeder`, 'check the file')
  out.data({ file, seeder: name }, () => `Created ${file}; \`dbtooling seed --class ${name}\` runs it.`)
}

function writeNew(dir: string, name: string, force: boolean | undefined, lines: string[]): string {
  const file = join(dir, name)
  if (existsSync(file) && !force)
    throw new CliError('FILE_EXISTS', `${file} exists`, 'pick another name, or pass --force to overwrite it')
  mkdirSync(dir, { recursive: true })
  writeFileSync(file, lines.join('\n'))
  return file
}
