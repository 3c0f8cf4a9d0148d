const specifierPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g

/** Bare package names a source file imports (`@scope/name` or `name`), in order of appearance. */
export function importedPackages(source: string): string[] {
  const names = new Set<string>()
  for (const match of source.matchAll(specifierPattern)) {
    const name = packageNameOf(match[2]!)
    if (name) names.add(name)
  }
  return [...names]
}

/** `@stacksjs/orm/sub` -> `@stacksjs/orm`; relative, absolute and `node:` specifiers -> null. */
export function packageNameOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.includes(':')) return null
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? null)
}
