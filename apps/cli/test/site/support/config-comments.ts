import { readFileSync } from 'node:fs'
import ts from 'typescript'

/**
 * Option descriptions come from the JSDoc of `ResolvedConfig` and the interfaces it references in
 * `packages/schema/src/config/types.ts`: one source for editor tooltips and the reference page.
 */
type Members = Map<string, ts.TypeElement>

export function configDescriptions(typesFile: string): Map<string, string> {
  const source = ts.createSourceFile(typesFile, readFileSync(typesFile, 'utf8'), ts.ScriptTarget.ES2022, true)
  const declarations = new Map<string, Members>()
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement))
      declarations.set(statement.name.text, membersOf(statement.members))
    if (ts.isTypeAliasDeclaration(statement))
      declarations.set(statement.name.text, aliasMembers(statement.type))
  }
  const out = new Map<string, string>()
  walk(declarations.get('ResolvedConfig')!, '', declarations, out)
  return out
}

function membersOf(elements: ts.NodeArray<ts.TypeElement>): Members {
  const members: Members = new Map()
  for (const element of elements)
    if (element.name && ts.isIdentifier(element.name)) members.set(element.name.text, element)
  return members
}

function aliasMembers(type: ts.TypeNode): Members {
  const members: Members = new Map()
  const parts = ts.isUnionTypeNode(type) ? type.types : [type]
  for (const part of parts)
    if (ts.isTypeLiteralNode(part))
      for (const [name, element] of membersOf(part.members))
        if (!members.has(name) || ts.getJSDocCommentsAndTags(element).length > 0) members.set(name, element)
  return members
}

function walk(
  members: Members,
  prefix: string,
  declarations: Map<string, Members>,
  out: Map<string, string>,
) {
  for (const [name, element] of members) {
    const path = prefix ? `${prefix}.${name}` : name
    const doc = ts
      .getJSDocCommentsAndTags(element)
      .filter(ts.isJSDoc)
      .map((jsDoc) => ts.getTextOfJSDocComment(jsDoc.comment) ?? '')
      .join(' ')
      .trim()
    if (doc) out.set(path, doc.replace(/\s+/g, ' '))
    const typeNode = ts.isPropertySignature(element) ? element.type : undefined
    for (const reference of referencedNames(typeNode)) {
      const nested = declarations.get(reference)
      if (nested && nested.size > 0) walk(nested, path, declarations, out)
    }
  }
}

function referencedNames(node: ts.Node | undefined): string[] {
  if (!node) return []
  const names: string[] = []
  const visit = (child: ts.Node): void => {
    if (ts.isTypeReferenceNode(child) && ts.isIdentifier(child.typeName)) names.push(child.typeName.text)
    ts.forEachChild(child, visit)
  }
  visit(node)
  return names
}
