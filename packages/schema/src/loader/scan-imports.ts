const specifierPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g
const namedPattern =
  /\b(?:import|export)\s+(?:type\s+)?(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*(['"])([^'"\n]+)\2/g
const identifier = /^[A-Za-z_$][\w$]*$/

/** Bare package names a source file imports (`@scope/name` or `name`), in order of appearance. */
export function importedPackages(source: string): string[] {
  const names = new Set<string>()
  for (const match of source.matchAll(specifierPattern)) {
    const name = packageNameOf(match[2]!)
    if (name) names.add(name)
  }
  return [...names]
}

/** Names imported with `import { a, b as c } from 'pkg'`, per package (type-only names included). */
export function importedNames(source: string): Map<string, Set<string>> {
  const byPackage = new Map<string, Set<string>>()
  for (const match of source.matchAll(namedPattern)) {
    const name = packageNameOf(match[3]!)
    if (!name) continue
    const names = byPackage.get(name) ?? new Set<string>()
    for (const part of match[1]!.split(',')) {
      const imported =
        part
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)[0]
          ?.trim() ?? ''
      if (identifier.test(imported) && imported !== 'default') names.add(imported)
    }
    byPackage.set(name, names)
  }
  return byPackage
}

/** `@stacksjs/orm/sub` -> `@stacksjs/orm`; relative, absolute and `node:` specifiers -> null. */
export function packageNameOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.includes(':')) return null
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? null)
}
