/**
 * Timing and memory helpers for the bench (a script, not a test).
 *
 * Time: wall-clock `performance.now()` and this process's user+system CPU time (`process.cpuUsage`)
 * per run; the figure reported is the median over the runs after a warm-up.
 * Memory: peak RSS while a synchronous call runs. A worker thread samples the process's RSS every
 * millisecond (a worker keeps running while the main thread is busy) and keeps the maximum in shared
 * memory; the kernel's own high-water mark (`process.resourceUsage().maxRSS`) is read too, and the
 * larger of the two is the peak. The bench reports `peak − RSS before the call` (after a forced GC):
 * the memory the call needed on top of its input. Run with `--expose-gc`.
 */
import { Worker } from 'worker_threads';

export interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Median of a non-empty list. Example: median([3, 1, 2]) → 2; median([1, 2, 3, 4]) → 2.5. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Runs `fn` once and times it (wall and CPU). */
export function timeOnce<T>(fn: () => T): { value: T; timing: Timing } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, timing: { wallMs, cpuMs: (c.user + c.system) / 1000 } };
}

/** Async version of `timeOnce`. */
export async function timeOnceAsync<T>(fn: () => Promise<T>): Promise<{ value: T; timing: Timing }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, timing: { wallMs, cpuMs: (c.user + c.system) / 1000 } };
}

export interface TimingSummary {
  readonly runs: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly wallAll: number[];
}

/** Median wall and CPU time over `timings`. */
export function summarize(timings: readonly Timing[]): TimingSummary {
  return {
    runs: timings.length,
    wallMs: median(timings.map((t) => t.wallMs)),
    cpuMs: median(timings.map((t) => t.cpuMs)),
    wallAll: timings.map((t) => Math.round(t.wallMs)),
  };
}

/** Forces a full GC when the process runs with --expose-gc (twice, to settle weak references). */
export function fullGc(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

const SAMPLER = `
const { workerData } = require('worker_threads');
const cell = new Float64Array(workerData.buffer); // [0] peak bytes, [1] stop flag
const tick = () => { const r = process.memoryUsage.rss(); if (r > cell[0]) cell[0] = r; };
const timer = setInterval(() => { tick(); if (cell[1] === 1) { clearInterval(timer); } }, 1);
tick();
`;

export interface RssPeak {
  /** RSS just before the call, after a full GC, bytes. */
  readonly before: number;
  /** Peak RSS during the call, bytes. */
  readonly peak: number;
  /** peak − before, bytes. */
  readonly delta: number;
  /** heapUsed after the call with its result still referenced, minus heapUsed before, bytes. */
  readonly retainedHeap: number;
}

/** Runs `fn` (synchronous) while sampling RSS; returns its value and the peak. */
export async function withRssPeak<T>(fn: () => T): Promise<{ value: T; memory: RssPeak }> {
  fullGc();
  const buffer = new SharedArrayBuffer(16);
  const cell = new Float64Array(buffer);
  const worker = new Worker(SAMPLER, { eval: true, workerData: { buffer } });
  await new Promise((resolve) => setTimeout(resolve, 50)); // let the sampler start
  fullGc();
  const heap0 = process.memoryUsage().heapUsed;
  const before = process.memoryUsage.rss();
  const maxBefore = process.resourceUsage().maxRSS * 1024;
  const value = fn();
  const after = process.memoryUsage.rss();
  const maxAfter = process.resourceUsage().maxRSS * 1024;
  await new Promise((resolve) => setTimeout(resolve, 5));
  cell[1] = 1;
  await worker.terminate();
  const kernelPeak = maxAfter > maxBefore ? maxAfter : 0;
  const peak = Math.max(cell[0] as number, kernelPeak, after, before);
  fullGc();
  const retainedHeap = process.memoryUsage().heapUsed - heap0;
  return { value, memory: { before, peak, delta: peak - before, retainedHeap } };
}

export const MB = 1024 * 1024;
