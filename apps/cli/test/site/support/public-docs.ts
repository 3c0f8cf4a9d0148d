import ts from 'typescript'
import { repoRoot } from './build-site'

export interface ExportDoc {
  name: string
  documented: boolean
  hasExample: boolean
}

/** Every public export of each package entry (`packages/<name>/src/index.ts`) and whether its JSDoc has text and an @example. */
export function publicExportDocs(packages: string[]): Record<string, ExportDoc[]> {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${repoRoot}docs/tsconfig.api.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
      },
    },
  )
  if (!config) throw new Error('docs/tsconfig.api.json could not be read')
  const entries = packages.map((name) => `${repoRoot}packages/${name}/src/index.ts`)
  const program = ts.createProgram(entries, config.options)
  const checker = program.getTypeChecker()
  const out: Record<string, ExportDoc[]> = {}
  for (const [at, name] of packages.entries()) {
    const source = program.getSourceFile(entries[at]!)
    const module = source && checker.getSymbolAtLocation(source)
    if (!module) throw new Error(`no module for ${entries[at]}`)
    out[name] = checker.getExportsOfModule(module).map((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      return {
        name: exported.name,
        documented: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() !== '',
        hasExample: symbol.getJsDocTags(checker).some((tag) => tag.name === 'example'),
      }
    })
  }
  return out
}
