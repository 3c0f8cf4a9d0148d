import { existsSync, statSync } from 'node:fs'
import { basename, extname, resolve } from 'node:path'
import { findModelFiles, ImportFailure, ModelLoadError } from '../entry-exports'
import { importModule, planShims, type ShimMode, type ShimPlan } from './import-module'

/**
 * A model definition exactly as written, before normalization.
 *
 * @example
 * ```ts
 * const raw: RawModel = { name: 'Tag', attributes: { label: { type: 'string' } } }
 * normalizeModel(raw)
 * ```
 */
export type RawModel = Readonly<Record<string, unknown>>

/**
 * A model file as `loadModels` returns it: its definition, its name and the file it came from.
 *
 * @example
 * ```ts
 * const [first]: LoadedModel[] = await loadModels({ modelsPath: 'app/models' })
 * console.log(first?.name, first?.source)
 * ```
 */
export interface LoadedModel {
  /** The default export of the file (or the in-memory object), untouched. */
  definition: RawModel
  /** `name` of the definition, or the file name without extension when the model leaves it out. */
  name: string
  /** Absolute path of the model file; null for in-memory models. */
  source: string | null
}

/**
 * Options of `loadModels`: the folder(s) of model files, relative to `cwd`.
 *
 * @example
 * ```ts
 * const options: LoadModelsOptions = { modelsPath: ['app/models', 'packages/billing/models'], cwd: process.cwd() }
 * const models = await loadModels(options)
 * ```
 */
export interface LoadModelsOptions {
  /**
   * Folder of model files, searched recursively, or a list of folders loaded in the order given (app
   * models plus framework models). Relative paths resolve against `cwd`.
   */
  modelsPath?: string | readonly string[]
  /**
   * In-memory model definitions, used as they are (after `modelsPath` files when both are given): an array,
   * or an object keyed by model name such as a module namespace (`import * as models from './models'`).
   */
  models?: readonly unknown[] | Readonly<Record<string, unknown>>
  cwd?: string
  /** Stand-ins for `@stacksjs/*`: only when not installed (`auto`, default), `always`, or `never`. */
  stacksShims?: ShimMode
}

/** Loads model files and/or in-memory models, in a stable order, keeping each one's source for errors. */
export async function loadModels(options: LoadModelsOptions): Promise<LoadedModel[]> {
  const loaded: LoadedModel[] = []
  const folders = options.modelsPath === undefined ? [] : [options.modelsPath].flat()
  for (const folder of folders) {
    const directory = resolve(options.cwd ?? process.cwd(), folder)
    loaded.push(...(await loadModelFiles(directory, options.stacksShims ?? 'auto')))
  }
  loaded.push(...inMemory(options.models ?? []))
  return loaded
}

function inMemory(models: readonly unknown[] | Readonly<Record<string, unknown>>): LoadedModel[] {
  const entries: Array<[string, unknown, string]> = Array.isArray(models)
    ? models.map((model, index) => [`models[${index}]`, model, ''])
    : Object.entries(models)
        .filter(([key]) => key !== 'default' && key !== '__esModule')
        .map(([key, model]) => [`models.${key}`, model, key])
  return entries.map(([source, model, key]) => {
    const definition = asModel(model, source)
    return { definition, name: nameOf(definition, null) || key, source: null }
  })
}

async function loadModelFiles(directory: string, shims: ShimMode): Promise<LoadedModel[]> {
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    throw new ModelLoadError('MODELS_PATH_NOT_FOUND', 'models folder not found', {
      source: directory,
      hint: 'set queryBuilder.modelsPath (or loadModels({ modelsPath })) to the folder holding your model files',
    })
  }
  const files = findModelFiles(directory)
  const plan = planShims(files, shims)
  const loaded: LoadedModel[] = []
  for (const file of files) {
    const module = await importFile(file, shims, plan)
    const definition = asModel(defaultExport(module, file), file)
    loaded.push({ definition, name: nameOf(definition, file), source: file })
  }
  return loaded
}

async function importFile(file: string, shims: ShimMode, plan: ShimPlan): Promise<unknown> {
  try {
    return await importModule(file, { shims, plan })
  } catch (error) {
    throw error instanceof ImportFailure ? toLoadError(error) : error
  }
}

function toLoadError(failure: ImportFailure): ModelLoadError {
  const reason = failure.cause instanceof Error ? failure.cause.message.split('\n')[0] : String(failure.cause)
  const source = failure.file
  if (failure.kind === 'unresolved') {
    const via = failure.importer === failure.file ? '' : ` (imported from ${failure.importer})`
    const isPath = failure.packageName?.startsWith('.') ?? false
    return new ModelLoadError(
      'MODEL_UNRESOLVED_IMPORT',
      `cannot resolve import '${failure.packageName}'${via}`,
      {
        source,
        packageName: failure.packageName,
        cause: failure.cause,
        hint: isPath
          ? 'check the relative path'
          : `install it (npm install ${failure.packageName}) or remove the import`,
      },
    )
  }
  if (failure.kind === 'syntax') {
    return new ModelLoadError('MODEL_SYNTAX_ERROR', `syntax error: ${reason}`, {
      source,
      cause: failure.cause,
      hint: 'fix the syntax error in the model file',
    })
  }
  // Real @stacksjs packages target Bun; when one that is installed fails under Node, the stand-ins help.
  const stack = failure.cause instanceof Error ? (failure.cause.stack ?? '') : ''
  const fromStacks = /node_modules[\\/]@stacksjs[\\/]/.test(stack)
  return new ModelLoadError('MODEL_IMPORT_FAILED', `evaluating the model file threw: ${reason}`, {
    source,
    cause: failure.cause,
    hint: fromStacks
      ? "an installed @stacksjs package failed to load here; pass stacksShims: 'always' to use the built-in stand-ins"
      : 'model files should only define the model; move side effects out of module scope',
  })
}

function defaultExport(module: unknown, file: string): unknown {
  if (typeof module === 'object' && module !== null && 'default' in module)
    return (module as { default: unknown }).default
  throw new ModelLoadError('MODEL_NO_DEFAULT_EXPORT', 'the file has no default export', {
    source: file,
    hint: `export the model as default: export default defineModel({ name: '${basename(file, extname(file))}', ... })`,
  })
}

function asModel(value: unknown, source: string): RawModel {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as RawModel
  const code =
    source.startsWith('models[') || source.startsWith('models.') ? 'MODEL_INVALID_INPUT' : 'MODEL_NOT_OBJECT'
  return fail(
    code,
    source,
    `the model must be an object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`,
  )
}

function fail(code: 'MODEL_INVALID_INPUT' | 'MODEL_NOT_OBJECT', source: string, message: string): never {
  throw new ModelLoadError(code, message, {
    source,
    hint: "define the model as an object: { name: 'Post', attributes: { ... } }",
  })
}

function nameOf(definition: RawModel, file: string | null): string {
  if (typeof definition.name === 'string' && definition.name.length > 0) return definition.name
  return file ? basename(file, extname(file)) : ''
}
