import { createProgress } from '../../src/cli/progress';

function stream(isTTY: boolean): { text: () => string; write: (s: string) => boolean; isTTY: boolean; columns: number } {
  let text = '';
  return { text: () => text, write: (s: string) => ((text += s), true), isTTY, columns: 80 };
}

describe('progress bar', () => {
  test('nothing when stderr is not a terminal', () => {
    const s = stream(false);
    let t = 0;
    const p = createProgress(s, 1, { now: () => t });
    t = 5000;
    p.phase(0, 'a.xlsx', '计算');
    p.clear();
    expect(s.text()).toBe('');
  });

  test('nothing for quick work (< 0.5 s), then the bar once the work takes longer', () => {
    const s = stream(true);
    let t = 1000;
    const p = createProgress(s, 2, { now: () => t });
    t = 1100;
    p.phase(0, 'a.xlsx', '读取');
    expect(s.text()).toBe('');
    t = 1600; // 0.6 s after the start
    p.phase(0, 'a.xlsx', '计算');
    // 2 files × 3 phases = 6 steps; step 1 of 6 → floor(1/6 × 20) = 3 '=' then '>' then 16 spaces
    expect(s.text()).toBe(`\r\x1b[K计算… [===>${' '.repeat(16)}] 1/2 a.xlsx`);
    p.phase(1, 'b.xlsx', '写入');
    // step 5 of 6 → floor(5/6 × 20) = 16
    expect(s.text().endsWith(`\r\x1b[K写入… [${'='.repeat(16)}>${' '.repeat(3)}] 2/2 b.xlsx`)).toBe(true);
    p.clear();
    expect(s.text().endsWith('\r\x1b[K')).toBe(true);
  });

  test('--lang en names the phases in English', () => {
    const s = stream(true);
    let t = 0;
    const p = createProgress(s, 1, { now: () => t, phases: ['读取', '计算'], lang: 'en' });
    t = 700;
    p.phase(0, 'a.xlsx', '计算');
    expect(s.text()).toBe(`\r\x1b[KComputing… [${'='.repeat(10)}>${' '.repeat(9)}] a.xlsx`);
    p.clear();
  });

  test('check has two phases per file: 计算 of the only file is half way', () => {
    const s = stream(true);
    let t = 0;
    const p = createProgress(s, 1, { now: () => t, phases: ['读取', '计算'] });
    t = 700;
    p.phase(0, 'a.xlsx', '计算');
    // step 1 of 2 → 10 '=' then '>' then 9 spaces; one file: no count
    expect(s.text()).toBe(`\r\x1b[K计算… [${'='.repeat(10)}>${' '.repeat(9)}] a.xlsx`);
    p.clear();
  });
});
