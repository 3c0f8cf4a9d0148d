import { register } from 'node:module'

register(new URL('./load-hooks.mjs', import.meta.url))
