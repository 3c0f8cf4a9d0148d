import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url))

/**
 * Minimal stand-ins for the real @stacksjs packages, installed into `node_modules` of a temp project, so
 * the loader can be tested "with the packages present". The validation package mimics the shape of
 * @stacksjs/ts-validation (validators with `name`, `isRequired` and `getRules()` of `{ name, params }`).
 */
const packages: Record<string, string> = {
  orm: `export function defineModel(definition) {
  globalThis.__fakeStacksOrmCalls = (globalThis.__fakeStacksOrmCalls ?? 0) + 1
  return definition
}`,
  validation: `class Validator {
  constructor(name, extra = {}) { this.name = name; this.isRequired = false; this.rules = [{ name }]; Object.assign(this, extra) }
  getRules() { return this.rules }
  required() { this.isRequired = true; return this }
  optional() { this.isRequired = false; return this }
}
const checks = ['min', 'max', 'minLength', 'maxLength', 'length', 'email', 'url', 'matches', 'alphanumeric', 'integer',
  'positive', 'uppercase', 'startsWith']
for (const check of checks) {
  Validator.prototype[check] = function (...args) {
    this.rules.push(args.length ? { name: check, params: { value: args[0] } } : { name: check })
    return this
  }
}
const make = (name) => () => new Validator(name)
export const schema = {
  string: make('string'), number: make('number'), boolean: make('boolean'), date: make('date'),
  datetime: make('datetime'), timestamp: make('timestamp'), unix: make('unix'), json: make('json'),
  object: make('object'), array: () => new Validator('array'),
  enum: (values) => new Validator('enum', { allowedValues: [...values] }),
}`,
  types: 'export {}',
  security: "export async function makeHash(value) { return 'hashed:' + value }",
  strings: "export function slugify(text) { return String(text).toLowerCase().replace(/[^a-z0-9]+/g, '-') }",
  utils: "export function formatCurrency(amount) { return '$' + amount.toFixed(2) }",
}

/** Copies the fixture models into `root` and, when `withPackages`, installs the fake @stacksjs packages. */
export function stacksProject(root: string, withPackages: boolean): string {
  cpSync(join(fixtures, 'stacks-models'), join(root, 'stacks-models'), { recursive: true })
  cpSync(join(fixtures, 'stacks-support'), join(root, 'stacks-support'), { recursive: true })
  if (withPackages) {
    for (const [name, source] of Object.entries(packages)) {
      const dir = join(root, 'node_modules', '@stacksjs', name)
      mkdirSync(dir, { recursive: true })
      writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify({
          name: `@stacksjs/${name}`,
          type: 'module',
          main: 'index.js',
          exports: { '.': './index.js' },
        }),
      )
      writeFileSync(join(dir, 'index.js'), `${source}\n`)
    }
  }
  return join(root, 'stacks-models')
}

export const fixtureModelsPath = join(fixtures, 'stacks-models')
