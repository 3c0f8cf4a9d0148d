export { renderDesignJson } from './render-json'
export { type MarkdownOptions, renderMarkdown } from './render-markdown'
export { renderMermaid } from './render-mermaid'
