/**
 * Reads a V8 `.cpuprofile` (from `node --cpu-prof`) and prints the top frames by self time and by
 * total (inclusive) time. Usage: `node bench/out/bench/profile-top.js FILE.cpuprofile [N]`.
 * Example: the engine's hot spots at 100,000 units (see docs/performance.md).
 */
import { readFileSync } from 'fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function frameName(n: ProfileNode): string {
  const { functionName, url, lineNumber } = n.callFrame;
  const file = url.replace(/^.*\/(src|bench|node_modules)\//, '$1/');
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

/** Self and inclusive milliseconds per frame name, biggest first. */
export function topFrames(profile: Profile, count: number): { self: [string, number][]; total: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const name = frameName(node);
    self.set(name, (self.get(name) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const nm = frameName(byId.get(cur) as ProfileNode);
      if (seen.has(nm)) continue;
      seen.add(nm);
      total.set(nm, (total.get(nm) ?? 0) + dt);
    }
  });
  const sort = (m: Map<string, number>): [string, number][] => [...m].sort((a, b) => b[1] - a[1]).slice(0, count);
  return { self: sort(self), total: sort(total) };
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: profile-top FILE.cpuprofile [N]');
  const { self, total } = topFrames(JSON.parse(readFileSync(file, 'utf8')) as Profile, Number(process.argv[3] ?? 25));
  console.log('self ms:');
  for (const [name, ms] of self) console.log(`${ms.toFixed(0).padStart(8)}  ${name}`);
  console.log('total ms:');
  for (const [name, ms] of total) console.log(`${ms.toFixed(0).padStart(8)}  ${name}`);
}
