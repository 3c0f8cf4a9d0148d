import { lazyCall } from '../lazy-call'

// Export, import and copy (and the CSV and gzip code they use) load on the first call: see lazy-call.ts.
export const exportTable = lazyCall(() => import('../lazy-subsystems').then((m) => m.exportTable))
export const importTable = lazyCall(() => import('../lazy-subsystems').then((m) => m.importTable))
export const copyTable = lazyCall(() => import('../lazy-subsystems').then((m) => m.copyTable))
