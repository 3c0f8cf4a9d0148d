// Reports every faker module the process resolves, on stderr, so a test can tell whether it was loaded.
export async function resolve(specifier, context, next) {
  if (specifier.startsWith('@faker-js/')) process.stderr.write(`resolved ${specifier}\n`)
  return next(specifier, context)
}
