/**
 * The reader app's entry: its styles, then the app started in `<div id="root">` (index.html), by
 * hydrating the prerendered page or rendering afresh: docs/boot.md tells the whole hand-over.
 */
import '@/styles/app.css'
import { startReaderApp } from './boot/hydrateApp.tsx'

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')
startReaderApp(root)
