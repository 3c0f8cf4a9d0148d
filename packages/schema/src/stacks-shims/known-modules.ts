import { stacksSchema as schema } from '../entry-exports'
import { shimModule } from './shim-module'

const identity = <T>(definition: T): T => definition

/** Exports our stand-ins provide with real behaviour; everything else a stand-in exports is inert. */
const knownExports: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  '@stacksjs/orm': { defineModel: identity },
  '@stacksjs/validation': { schema },
  '@dbtooling/schema': { defineConfig: identity, defineModel: identity },
  '@dbtooling/orm': { defineConfig: identity, defineModel: identity },
  dbtooling: { defineConfig: identity, defineModel: identity },
}

/** Packages a model or config file may import that get a stand-in when not installed. */
export function isShimmable(packageName: string): boolean {
  return packageName.startsWith('@stacksjs/') || packageName in knownExports
}

export function knownExportNames(packageName: string): string[] {
  return Object.keys(knownExports[packageName] ?? {})
}

const modules = new Map<string, object>()

/** The stand-in module object for a package (one per package per process). */
export function shimModuleFor(packageName: string): object {
  let module = modules.get(packageName)
  if (!module) {
    module = shimModule(packageName, knownExports[packageName] ?? {})
    modules.set(packageName, module)
  }
  return module
}
