/**
 * zod probes `new Function` when a schema is built, to speed up parsing. Under the app's
 * Content-Security-Policy (no unsafe-eval) that probe is a reported violation, so the browser
 * turns it off. Imported FIRST by the entry module: the setting must precede any schema.
 */
import { z } from 'zod'

z.config({ jitless: true })
