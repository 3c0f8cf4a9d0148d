import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { AttributeDesign, EntityDesign } from '@dbtooling/schema'
import { CliError, usageError } from '../support/cli-error'
import type { GlobalFlags } from '../support/global-flags'
import type { Output } from '../support/output'
import { openProject } from '../support/project'

export interface MakeFactoryFlags {
  dir?: string
  force?: boolean
}

/** Attributes a factory must not set: keys and fields the ORM or the relations own. */
function ownedElsewhere(entity: EntityDesign): Set<string> {
  const { traits } = entity
  const owned = new Set<string>()
  if (traits.timestamps) owned.add(traits.timestamps.createdAt).add(traits.timestamps.updatedAt)
  if (traits.softDeletes) owned.add(traits.softDeletes.attribute)
  if (traits.ttl) owned.add(traits.ttl.attribute)
  if (traits.versioning) owned.add(traits.versioning.attribute)
  if (traits.generatedId) for (const key of entity.primaryKey) owned.add(key)
  for (const relation of Object.values(entity.relations)) {
    if (relation.kind === 'belongsTo') owned.add(relation.foreignKey)
    if (relation.kind === 'morphTo' && relation.morph)
      owned.add(relation.morph.typeAttribute).add(relation.morph.idAttribute)
  }
  return owned
}

const BY_NAME: ReadonlyArray<readonly [RegExp, string]> = [
  // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of the generated file
  [/e_?mail/i, '`user${sequence}@example.com`'],
  [/^(first_?name|given_?name)$/i, 'faker.person.firstName()'],
  [/^(last_?name|surname|family_?name)$/i, 'faker.person.lastName()'],
  [/(^|_)(full_?)?name$|^(user_?name|author)$/i, 'faker.person.fullName()'],
  [/phone/i, "faker.phone.number({ style: 'international' })"],
  [/^(city|town)$/i, 'faker.location.city()'],
  [/country/i, 'faker.location.country()'],
  [/(^|_)(url|website|link)$/i, 'faker.internet.url()'],
  [/^(title|subject|headline)$/i, 'faker.lorem.sentence()'],
  [/^(body|content|description|bio|summary|text|excerpt)$/i, 'faker.lorem.paragraph()'],
  [/company|organi[sz]ation/i, 'faker.company.name()'],
]

/** Rules a plain faker expression may break; such attributes are left to the model's default factory. */
const CONSTRAINING = new Set([
  'min',
  'max',
  'length',
  'minLength',
  'maxLength',
  'regex',
  'startsWith',
  'endsWith',
])

function choices(attribute: AttributeDesign): unknown[] | null {
  const rule = attribute.validation.find((r) => r.rule === 'enum' || r.rule === 'in')
  const list = rule?.args[0]
  return Array.isArray(list) && list.length > 0 ? list : null
}

/** A faker expression for an attribute, or null when the model's default factory knows better (its rules). */
export function fakerExpression(attribute: AttributeDesign): string | null {
  const values = choices(attribute)
  if (values) return `faker.helpers.arrayElement(${JSON.stringify(values)})`
  if (attribute.validation.some((rule) => CONSTRAINING.has(rule.rule))) return null
  switch (attribute.type) {
    case 'number':
      return 'faker.number.int({ min: 0, max: 1000 })'
    case 'boolean':
      return 'faker.datatype.boolean()'
    case 'date':
      return 'faker.date.past().toISOString().slice(0, 10)'
    case 'datetime':
      return 'faker.date.past().toISOString()'
    case 'string': {
      const named = BY_NAME.find(([pattern]) => pattern.test(attribute.name))
      if (named) return attribute.unique && !named[1].includes('sequence') ? null : named[1]
      return attribute.unique ? `\`${attribute.name}-\${sequence}\`` : 'faker.lorem.words(3)'
    }
    default:
      return null
  }
}

/**
 * The factory file's source. `ownFactories` names attributes whose model definition has a `factory`
 * function (Stacks models carry them): those stay the model's, as a comment.
 */
export function factorySource(entity: EntityDesign, ownFactories: ReadonlySet<string> = new Set()): string {
  const owned = ownedElsewhere(entity)
  const lines: string[] = []
  for (const attribute of Object.values(entity.attributes)) {
    if (owned.has(attribute.name)) continue
    const expression = ownFactories.has(attribute.name) ? null : fakerExpression(attribute)
    const source = ownFactories.has(attribute.name) ? 'its `factory` in the model' : 'its type and rules'
    lines.push(
      expression
        ? `    ${attribute.name}: ${expression},`
        : `    // ${attribute.name}: made by the model's default factory (from ${source}); set it here to override`,
    )
  }
  const usesSequence = lines.some((line) => line.includes('sequence}') && !line.trimStart().startsWith('//'))
  return [
    "import type { FactoryFile } from '@dbtooling/orm'",
    '',
    `// ${entity.name}'s factory: \`${entity.name}.factory()\`, seeders and \`dbtooling seed\` use it. Attributes left`,
    "// out come from the model's default factory; keys, timestamps and belongsTo keys are the ORM's.",
    // A type-only import: the file runs where @dbtooling/orm is not resolvable from it (the CLI's own copy).
    'export default {',
    `  model: '${entity.name}',`,
    `  definition: ({ faker${usesSequence ? ', sequence' : ''} }) => ({`,
    ...lines,
    '  }),',
    '  states: {},',
    '} satisfies FactoryFile',
    '',
  ].join('\n')
}

/** `make:factory Model`: writes a factory file for a model, then loads it and makes three rows to prove it. */
export async function runMakeFactory(
  model: string,
  flags: MakeFactoryFlags,
  global: GlobalFlags,
  out: Output,
): Promise<void> {
  const project = await openProject(global)
  const entities = project.orm.design.entities
  const entity = entities[model]
  if (!entity) {
    throw usageError(
      `"${model}" is not a model of this app`,
      `name one of: ${Object.keys(entities).sort().join(', ')} (make:model ${model} creates it)`,
    )
  }
  const dir = resolve(project.cwd, flags.dir ?? 'database/factories')
  const file = join(dir, `${model}Factory.ts`)
  if (existsSync(file) && !flags.force)
    throw new CliError(
      'FILE_EXISTS',
      `${file} exists`,
      'pick another folder with --dir, or pass --force to overwrite it',
    )
  mkdirSync(dir, { recursive: true })
  const declared = (project.orm.model(model).definition.attributes ?? {}) as Record<
    string,
    { factory?: unknown }
  >
  const ownFactories = new Set(
    Object.entries(declared)
      .filter(([, attribute]) => typeof attribute?.factory === 'function')
      .map(([name]) => name),
  )
  writeFileSync(file, factorySource(entity, ownFactories))
  try {
    const { loadFactoryFiles } = await import('@dbtooling/orm')
    await loadFactoryFiles(project.orm, dir, project.cwd)
    // make() validates every row through the model and sends nothing.
    await project.orm.model(model).factory().count(3).make()
  } catch (error) {
    rmSync(file, { force: true })
    throw error
  }
  out.data(
    { file, model },
    () => `Created ${file}; it loads and makes valid ${model} rows. \`dbtooling seed\` registers it.`,
  )
}
