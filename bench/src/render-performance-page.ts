import { readSnapshot, writePerformancePage } from './report/performance-page'

// `pnpm --filter dbtooling-bench docs`: the page again from the committed snapshot, no run.
console.log(writePerformancePage(readSnapshot(), { snapshot: false }))
