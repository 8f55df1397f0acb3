/**
 * The pane's state: one check run (方案 and 校验 tabs) and one score run (计算 tab). Kept in the
 * App so that switching tabs loses nothing. Excel is reached only through the `ExcelPort`.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ownedResultSheet, recordOf, resultSheetOnly, type Assessment, type AssessOptions, type WorkbookInput } from '../engine';
import { describeError, isCellEditBusy } from './errors';
import type { Translate } from './i18n';
import { checkKey, debounce, LIVE_CHECK_DELAY_MS } from './live';
import type { ExcelPort, ReadResult } from './port';
import { previousCandidates, resolvePrevious, type PreviousProblem } from './previous';

export type AssessFn = (workbook: WorkbookInput, options: AssessOptions) => Assessment;

export type Intent = 'success' | 'warning' | 'error' | 'info';
export interface Notice {
  readonly intent: Intent;
  readonly text: string;
  /** A button beside the message: rerun the score. */
  readonly rerun?: boolean;
}

/** The read's warnings as one notice (null when there are none). Example: merged areas beyond Excel's 512. */
export function readNotice(result: ReadResult, t: Translate): Notice | null {
  const texts = (result.warnings ?? []).map((w) => (w.rowsRead > 0 ? t('read.mergesPartial', { sheet: w.sheet, rows: w.rowsRead }) : t('read.mergesUnread', { sheet: w.sheet })));
  return texts.length ? { intent: 'warning', text: texts.join(' ') } : null;
}

/** Lets React paint (the progress bar) before a long synchronous step. */
const paint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface CheckState {
  readonly running: boolean;
  readonly assessment: Assessment | null;
  readonly notice: Notice | null;
  /** Sheets that can be chosen as 上期, as of the last read (`previousCandidates`). */
  readonly candidates: readonly string[];
  /** The results sheet the program made (its record says so), as of the last read: 写回 rewrites it. */
  readonly ownedResult: string | null;
  /** Why the chosen 上期 sheet gave nothing, as of the last run. */
  readonly previousProblem: PreviousProblem | null;
}

/**
 * The check run. `previousSheet` is the sheet chosen as 上期 (null: none); a new choice gives a new
 * `run`, so the App's effect re-checks and 校验 shows 突变 at once.
 */
export function useCheck(port: ExcelPort, assess: AssessFn, t: Translate, previousSheet: string | null = null) {
  const [state, setState] = useState<CheckState>({ running: false, assessment: null, notice: null, candidates: [], ownedResult: null, previousProblem: null });
  /** `checkKey` of the workbook the shown assessment was made from. */
  const lastKey = useRef<string | null>(null);
  /**
   * `quiet`: a 实时校验 re-check after an edit — read without merged areas (`ReadRequest.live`), and
   * shown only when what a check reads has changed.
   */
  const check = useCallback(async (quiet: boolean) => {
    if (!quiet) setState((s) => ({ ...s, running: true }));
    try {
      const read = await port.readWorkbook(quiet ? { live: true } : undefined);
      const { workbook } = read;
      const key = checkKey(workbook);
      // 实时校验: a change that left everything a check reads as it was (快速校验's fills, notes
      // and record, heard from its own runtime) changes nothing on screen.
      if (quiet && key === lastKey.current) return;
      if (quiet) setState((s) => ({ ...s, running: true }));
      await paint();
      const choice = resolvePrevious(workbook, previousSheet);
      const assessment = assess(workbook, { mode: 'check', previous: choice.previous });
      const candidates = previousCandidates(workbook, assessment.dataSheet);
      lastKey.current = key;
      setState({ running: false, assessment, notice: readNotice(read, t), candidates, ownedResult: ownedResultSheet(workbook), previousProblem: choice.problem });
    } catch (e) {
      if (quiet && isCellEditBusy(e)) {
        setState((s) => ({ ...s, running: false }));
        return;
      }
      setState((s) => ({ ...s, running: false, notice: { intent: 'error', text: describeError(e, t) } }));
    }
  }, [port, assess, t, previousSheet]);
  const run = useCallback(() => check(false), [check]);
  /** The live re-check: reads, and re-checks only when what a check reads has changed (`checkKey`). */
  const runIfChanged = useCallback(() => check(true), [check]);
  const dismiss = useCallback(() => setState((s) => ({ ...s, notice: null })), []);
  return { ...state, run, runIfChanged, dismiss };
}

/** While `enabled`, re-runs `run` 800 ms after the last sheet change. `available` is false when the host can not report changes. */
export function useLiveCheck(port: ExcelPort, enabled: boolean, run: () => void) {
  const [available, setAvailable] = useState(true);
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    if (!enabled) return undefined;
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;
    const d = debounce(() => runRef.current(), LIVE_CHECK_DELAY_MS);
    port.onSheetChanged(() => d.trigger()).then(
      (off) => {
        if (off === null) setAvailable(false);
        if (cancelled) void off?.();
        else stop = off;
      },
      () => setAvailable(false),
    );
    return () => {
      cancelled = true;
      d.cancel();
      if (stop) void stop().catch(() => undefined);
    };
  }, [port, enabled]);
  return available;
}

export type Phase = 'read' | 'assess' | 'write' | 'undo';

export interface ComputeState {
  readonly phase: Phase | null;
  /** 0..1 for the progress bar. */
  readonly progress: number;
  readonly assessment: Assessment | null;
  readonly workbook: WorkbookInput | null;
  readonly fingerprint: string | null;
  readonly notice: Notice | null;
  /** The sheet used as 上期 by the last score run (null: none). */
  readonly previousSheet: string | null;
  /** Why that sheet gave nothing. */
  readonly previousProblem: PreviousProblem | null;
}

const IDLE: ComputeState = { phase: null, progress: 0, assessment: null, workbook: null, fingerprint: null, notice: null, previousSheet: null, previousProblem: null };

/** The score run, write-back and undo. `previousSheet`: the sheet chosen as 上期 (null: none). */
export function useCompute(port: ExcelPort, assess: AssessFn, t: Translate, previousSheet: string | null = null) {
  const [state, setState] = useState<ComputeState>(IDLE);
  const stateRef = useRef(state);
  stateRef.current = state;
  const fail = useCallback(
    (e: unknown) => setState((s) => ({ ...s, phase: null, notice: { intent: 'error', text: describeError(e, t) } })),
    [t],
  );

  const run = useCallback(async () => {
    setState((s) => ({ ...s, phase: 'read', progress: 0.1, notice: null }));
    try {
      const read = await port.readWorkbook();
      const { workbook, fingerprint } = read;
      setState((s) => ({ ...s, phase: 'assess', progress: 0.4 }));
      await paint();
      const choice = resolvePrevious(workbook, previousSheet);
      const assessment = assess(workbook, { mode: 'score', previous: choice.previous });
      setState({ phase: null, progress: 1, assessment, workbook, fingerprint, notice: readNotice(read, t), previousSheet, previousProblem: choice.problem });
    } catch (e) {
      fail(e);
    }
  }, [port, assess, fail, previousSheet, t]);

  const write = useCallback(async (which: 'all' | 'resultSheet') => {
    const { assessment, workbook, fingerprint } = stateRef.current;
    const plan = assessment?.plan ?? null;
    if (!assessment || !plan || !workbook || fingerprint === null) {
      setState((s) => ({ ...s, notice: { intent: 'warning', text: t('compute.noPlan') } }));
      return;
    }
    setState((s) => ({ ...s, phase: 'write', progress: 0, notice: null }));
    try {
      const toWrite = which === 'all' ? plan : resultSheetOnly(plan, recordOf(workbook));
      const outcome = await port.writePlan(toWrite, fingerprint, (f) => setState((s) => ({ ...s, progress: f })));
      if (!outcome.ok) {
        setState((s) => ({ ...s, phase: null, notice: { intent: 'warning', text: t('compute.changed'), rerun: true } }));
        return;
      }
      const n = assessment.summary.scored;
      const sheet = toWrite.resultSheet?.name ?? '';
      const text = which === 'all' ? t('compute.written', { n, sheet }) : t('compute.resultWritten', { n, sheet });
      setState((s) => ({ ...s, phase: null, progress: 1, notice: { intent: 'success', text } }));
    } catch (e) {
      fail(e);
    }
  }, [port, t, fail]);

  const undo = useCallback(async () => {
    setState((s) => ({ ...s, phase: 'undo', progress: 0.5, notice: null }));
    try {
      const outcome = await port.undoLastWrite();
      const notice: Notice = outcome.ok ? { intent: 'success', text: t('compute.undone') } : { intent: 'info', text: t('compute.nothingToUndo') };
      setState((s) => ({ ...s, phase: null, progress: 1, notice }));
    } catch (e) {
      fail(e);
    }
  }, [port, t, fail]);

  const dismiss = useCallback(() => setState((s) => ({ ...s, notice: null })), []);
  return { ...state, run, write, undo, dismiss };
}
