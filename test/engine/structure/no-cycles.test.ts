/**
 * No import cycles anywhere under src/ (engine and hosts, type-only imports included): a cycle means
 * two modules can not be read, tested or moved one without the other. Reads every .ts/.tsx file,
 * resolves the relative `import … from`, `export … from`, `import '…'` and `import('…')` specifiers,
 * and lists every cycle found, between files and between folders (a folder's files importing a
 * folder whose files import it back, e.g. score/ ↔ plan/).
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const SPECIFIER = /(?:^|[;\s])(?:import|export)\s*(?:type\s+)?(?:[\w*{}\s,$]*?\s*from\s*)?\(?\s*['"](\.{1,2}\/[^'"]*)['"]/g;

/** The relative modules `file` imports, as absolute paths of files that exist. */
export function importsOf(file: string, text: string, known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const dir = path.dirname(file);
  for (const m of text.matchAll(SPECIFIER)) {
    const base = path.resolve(dir, m[1] ?? '');
    const hit = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find((p) => known.has(p));
    if (hit) out.push(hit);
  }
  return out;
}

/** Every cycle's strongly connected component (Tarjan), each as a list of files, one cycle path shown. */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop();
      if (w === undefined) break;
      onStack.delete(w);
      scc.push(w);
    } while (w !== v);
    if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out;
}

describe('imports', () => {
  it('finds value, type-only, re-export, side-effect and dynamic imports', () => {
    const known = new Set(['/s/a.ts', '/s/b.ts', '/s/c/index.ts', '/s/d.tsx', '/s/e.ts', '/s/f.ts']);
    const text = [
      "import { x } from './b';",
      "import type {\n  Y,\n  Z,\n} from './c';",
      "export { w } from './d';",
      "export * from './e';",
      "import './f';",
      "const g = import('./b');",
      "import { q } from 'zod';",
    ].join('\n');
    expect(importsOf('/s/a.ts', text, known)).toEqual(['/s/b.ts', '/s/c/index.ts', '/s/d.tsx', '/s/e.ts', '/s/f.ts', '/s/b.ts']);
  });
  it('reports a cycle of type-only imports', () => {
    expect(cyclesOf(new Map([['a', ['b']], ['b', ['a']], ['c', ['a']]]))).toEqual([['a', 'b']]);
    expect(cyclesOf(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });
  it('src/ has no import cycles', () => {
    const files = sourceFiles(SRC);
    const known = new Set(files);
    const graph = new Map(files.map((f) => [f, importsOf(f, readFileSync(f, 'utf8'), known)]));
    const cycles = cyclesOf(graph).map((scc) => scc.map((f) => path.relative(SRC, f)).join(' ↔ '));
    expect(cycles).toEqual([]);
  });
  it('no folder of the engine imports a folder that imports it back', () => {
    // Nodes: each folder under src/engine/ (score/, plan/ …); a file directly in src/engine/ (assess.ts,
    // record.ts …) is a node of its own, as the orchestrator and the shared leaves live there.
    const engine = path.join(SRC, 'engine');
    const nodeOf = (f: string): string | null => {
      const rel = path.relative(engine, f);
      if (rel.startsWith('..')) return null;
      const parts = rel.split(path.sep);
      return parts.length > 1 ? `${parts[0] ?? ''}/` : rel;
    };
    const files = sourceFiles(engine);
    const known = new Set(files);
    const nodes = new Map<string, Set<string>>();
    for (const f of files) {
      const from = nodeOf(f) ?? '';
      const to = nodes.get(from) ?? new Set<string>();
      nodes.set(from, to);
      for (const g of importsOf(f, readFileSync(f, 'utf8'), known)) {
        const node = nodeOf(g);
        if (node !== null && node !== from) to.add(node);
      }
    }
    const graph = new Map([...nodes].map(([k, v]) => [k, [...v]]));
    expect(cyclesOf(graph).map((scc) => scc.join(' ↔ '))).toEqual([]);
  });
});
