import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * The package is published as one bundled `dist/index.d.ts`. A `declare module './relative'` augmentation
 * does not survive that bundling (its path means nothing next to the bundle), so methods added that way
 * exist at run time but not for the package's users. These tests guard both ends: the sources hold no
 * such augmentation, and a consumer compiled against the built declarations sees the builder and
 * relation methods.
 */
const packageRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const sourceRoot = join(packageRoot, 'src')
/** `ORM_DTS=/path/index.d.ts` checks that bundle instead, even when older than the sources. */
const override = process.env.ORM_DTS
const bundled = override ? resolve(override) : join(packageRoot, 'dist', 'index.d.ts')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

describe('published declarations', () => {
  it('no source file augments a module by a relative path', () => {
    const offenders = sourceFiles(sourceRoot).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/declare\s+module\s+['"](\.[^'"]*)['"]/g)].map(
        (match) => `${file.slice(sourceRoot.length + 1)}: declare module '${match[1]}'`,
      ),
    )
    expect(offenders, 'declare the members in the class or interface itself').toEqual([])
  })

  const newestSource = Math.max(...sourceFiles(sourceRoot).map((file) => statSync(file).mtimeMs))
  const fresh = existsSync(bundled) && (override !== undefined || statSync(bundled).mtimeMs >= newestSource)

  // `pnpm test` builds first; a bare `vitest run` after editing sources has no current bundle to check.
  it.skipIf(!fresh)(
    'a consumer of dist/index.d.ts sees builder relation methods and named accessors',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'orm-consumer-'))
      try {
        const consumer = join(dir, 'consumer.ts')
        writeFileSync(consumer, CONSUMER)
        const errors = typecheck(consumer).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
        expect(errors).toEqual([])
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
    60_000,
  )
})

function typecheck(file: string): readonly ts.Diagnostic[] {
  const packages = resolve(packageRoot, '..')
  const program = ts.createProgram([file], {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
    types: ['node'],
    typeRoots: [join(packages, '..', 'node_modules', '@types')],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    noEmit: true,
    paths: {
      '@dbtooling/orm': [bundled],
      '@dbtooling/schema': [join(packages, 'schema', 'src', 'index.ts')],
      '@dbtooling/dynamo-client': [join(packages, 'dynamo-client', 'src', 'index.ts')],
    },
  })
  const source = program.getSourceFile(file)
  return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]
}

/** What a user of the published package writes; every line must compile, every expect-error must fail. */
const CONSUMER = `
import { Model, type ModelBase, type QueryBuilder } from '@dbtooling/orm'
import { defineModel } from '@dbtooling/schema'

const UserDefinition = defineModel({
  name: 'User',
  attributes: { name: { type: 'string', fillable: true }, age: { type: 'number' }, teamId: { type: 'string' } },
  belongsTo: ['Team'],
  hasMany: ['Post'],
  hasOne: ['Profile'],
} as const)

class User extends Model(UserDefinition) {}

export async function consumer(user: User): Promise<void> {
  const query = User.query().with('posts').withCount('posts').whereHas('posts').doesntHave('profile')
  const rows = await query.eagerConcurrency(4).orWhereNotBetween('age', [1, 2]).get()
  const first: User | undefined = [...rows][0]
  const team: ModelBase | null = await user.team()
  const profile: ModelBase | null = await user.profile().where('bio', 'x')
  const posts = await user.posts().where('title', 'x').get()
  const loaded: ModelBase | ModelBase[] | null = await user.related('team')
  const builder: QueryBuilder<Record<string, unknown>, ModelBase> = user.relation('posts')
  // @ts-expect-error User has no relation 'nope'
  user.nope()
  // @ts-expect-error unknown attribute
  query.orWhereIn('nope', [1])
  void [first, team, profile, posts, loaded, builder]
}

const TaskDefinition = defineModel({
  name: 'Task',
  attributes: { title: { type: 'string' }, projectId: { type: 'string' } },
  belongsTo: ['Project'],
  hasMany: ['Step'],
} as const)
const ProjectDefinition = defineModel({
  name: 'Project',
  attributes: { name: { type: 'string', required: true } },
  hasMany: ['Task'],
} as const)
class Task extends Model(TaskDefinition) {}
class Project extends Model(ProjectDefinition) {}

declare module '@dbtooling/orm' {
  interface RegisteredModels { Task: typeof Task; Project: typeof Project }
}

export async function registered(task: Task): Promise<string> {
  await Project.query().with('tasks.project', 'tasks.steps.anything').get()
  // @ts-expect-error a misspelt nested relation
  Project.query().with('tasks.projects')
  const tasks: Task[] = [...(await (await task.project())!.tasks().get())]
  void tasks
  return (await task.project())!.name
}
`
