import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CliError, usageError } from '../support/cli-error'
import type { GlobalFlags } from '../support/global-flags'
import type { Output } from '../support/output'
import { loadProject } from '../support/project'

export interface MakeModelFlags {
  attributes?: string
  belongsTo?: string
  hasMany?: string
  timestamps?: boolean
  uuid?: boolean
  softDeletes?: boolean
  force?: boolean
}

const TYPES = ['string', 'number', 'boolean', 'date', 'datetime', 'json', 'array', 'set', 'binary']

/** `make:model Name`: writes a Stacks-style model file, then loads the models to prove it derives. */
export async function runMakeModel(
  name: string,
  flags: MakeModelFlags,
  global: GlobalFlags,
  out: Output,
): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name))
    throw usageError(`"${name}" is not a model name`, 'use PascalCase, e.g. make:model BlogPost')
  const project = await loadProject(global)
  // With several model folders, new models go into the first (the app's own); all of them are loaded to check.
  const folders = [project.config.queryBuilder.modelsPath].flat()
  const dir = folders[0] ?? '.'
  const file = join(dir, `${name}.ts`)
  if (existsSync(file) && !flags.force) {
    throw new CliError('FILE_EXISTS', `${file} exists`, 'pick another name, or pass --force to overwrite it')
  }
  mkdirSync(dir, { recursive: true })
  writeFileSync(file, modelSource(name, flags))
  try {
    const { loadModels, deriveDesign, designOptionsFromConfig } = await import('@dbtooling/schema')
    const models = await loadModels({ modelsPath: folders, cwd: project.cwd })
    const known = new Set(models.map((m) => m.name))
    const missing = relationTargets(flags).filter((target) => !known.has(target))
    if (missing.length > 0) {
      throw new CliError(
        'NOT_FOUND',
        `${name} names ${missing.join(', ')}, which no model in ${dir} defines`,
        `make those models first (make:model ${missing[0]}), or check the spelling; known: ${[...known].sort().join(', ')}`,
      )
    }
    deriveDesign(models, designOptionsFromConfig(project.config))
  } catch (error) {
    rmSync(file, { force: true })
    throw error
  }
  out.data({ file, model: name }, () => `Created ${file}; the models load and derive a design.`)
}

function relationTargets(flags: MakeModelFlags): string[] {
  return [flags.belongsTo, flags.hasMany].flatMap((list) =>
    (list ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
}

export function modelSource(name: string, flags: MakeModelFlags): string {
  const attributes = (flags.attributes ?? 'name:string')
    .split(',')
    .filter(Boolean)
    .map((spec) => {
      const [attr, type = 'string'] = spec.split(':').map((s) => s.trim())
      if (!attr || !/^[a-z][A-Za-z0-9]*$/.test(attr))
        throw usageError(
          `attribute "${spec}" needs a camelCase name`,
          'e.g. --attributes title:string,views:number',
        )
      if (!TYPES.includes(type))
        throw usageError(
          `attribute "${spec}": type "${type}" is not one of ${TYPES.join(', ')}`,
          'e.g. title:string',
        )
      return `    ${attr}: { type: '${type}', fillable: true },`
    })
  const list = (value: string | undefined) =>
    (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => `'${s}'`)
      .join(', ')
  const traits = [
    flags.timestamps !== false ? '    useTimestamps: true,' : null,
    flags.uuid ? '    useUuid: true,' : null,
    flags.softDeletes ? '    useSoftDeletes: true,' : null,
  ].filter((line): line is string => line !== null)
  return [
    'export default {',
    `  name: '${name}',`,
    "  primaryKey: 'id',",
    ...(traits.length ? ['  traits: {', ...traits, '  },'] : []),
    ...(flags.belongsTo ? [`  belongsTo: [${list(flags.belongsTo)}],`] : []),
    ...(flags.hasMany ? [`  hasMany: [${list(flags.hasMany)}],`] : []),
    '  attributes: {',
    ...attributes,
    '  },',
    '}',
    '',
  ].join('\n')
}
