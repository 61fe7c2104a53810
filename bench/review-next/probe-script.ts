import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

const PAGES = join(__dirname, '..', 'viewer', 'pages')

/**
 * painted.ts and review-probe.ts as one plain script for the app's page: each compiled on its own
 * (their imports are of each other and of types only), imports and exports dropped.
 */
export function reviewProbeScript(): string {
  const parts = ['painted.ts', 'review-probe.ts'].map((file) => {
    const { outputText } = ts.transpileModule(readFileSync(join(PAGES, file), 'utf8'), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } })
    return outputText
      .split('\n')
      .filter((line) => !/^import\s/.test(line) && !/^export\s*\{\s*\};?$/.test(line))
      .map((line) => line.replace(/^export\s+/, ''))
      .join('\n')
  })
  return `(() => {\n${parts.join('\n')}\ninstallReviewProbe();\n})();`
}
