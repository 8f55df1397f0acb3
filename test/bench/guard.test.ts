// The speed guard's comparison (bench/guard.ts): pure, no timing. Ratio = current.normalised ÷
// reference.normalised, rounded to 2 decimals; above 1.25 fails.
import { judge, SLOWDOWN_LIMIT } from '../../bench/guard';

const REF = { engineCpuMs: 200, calibrationCpuMs: 50, normalised: 4 };
const AGAIN = 'Run it again when the machine is quieter; if it fails again, find the commit that slowed the engine (git bisect) and profile it (docs/performance.md).';

describe('judge', () => {
  it('the limit is 25% slower', () => {
    expect(SLOWDOWN_LIMIT).toBe(1.25);
  });

  it('exactly 25% slower passes: 5 ÷ 4 = 1.25', () => {
    expect(judge('10,000 × 30', { engineCpuMs: 250, calibrationCpuMs: 50, normalised: 5 }, REF)).toEqual({
      pass: true,
      ratio: 1.25,
      message: 'PASS 10,000 × 30: 1.25× the reference (limit 1.25×): engine ÷ calibration 5.00 (medians: engine 250 ms CPU, calibration 50 ms), reference 4.00',
    });
  });

  it('26% slower fails, and the message says by how much and what to do: 5.04 ÷ 4 = 1.26', () => {
    expect(judge('10,000 × 30', { engineCpuMs: 252, calibrationCpuMs: 50, normalised: 5.04 }, REF)).toEqual({
      pass: false,
      ratio: 1.26,
      message: 'FAIL 10,000 × 30: the engine is 1.26× the reference, more than 25% slower (limit 1.25×): '
        + `engine ÷ calibration 5.04 (medians: engine 252 ms CPU, calibration 50 ms), reference 4.00. ${AGAIN}`,
    });
  });

  it('a machine twice as slow on both the engine and the calibration passes at 1.00', () => {
    const v = judge('10,000 × 30', { engineCpuMs: 400, calibrationCpuMs: 100, normalised: 4 }, REF);
    expect([v.pass, v.ratio]).toEqual([true, 1]);
    expect(v.message).toBe('PASS 10,000 × 30: 1.00× the reference (limit 1.25×): engine ÷ calibration 4.00 (medians: engine 400 ms CPU, calibration 100 ms), reference 4.00');
  });

  it('a faster engine passes: 3 ÷ 4 = 0.75', () => {
    const v = judge('100,000 × 30', { engineCpuMs: 150, calibrationCpuMs: 48.25, normalised: 3 }, REF);
    expect(v).toEqual({
      pass: true,
      ratio: 0.75,
      message: 'PASS 100,000 × 30: 0.75× the reference (limit 1.25×): engine ÷ calibration 3.00 (medians: engine 150 ms CPU, calibration 48.3 ms), reference 4.00',
    });
  });

  it('the rounded ratio is judged: 5.018 ÷ 4 = 1.2545 → 1.25 passes; 5.022 ÷ 4 = 1.2555 → 1.26 fails', () => {
    expect([judge('x', { ...REF, normalised: 5.018 }, REF).pass, judge('x', { ...REF, normalised: 5.018 }, REF).ratio]).toEqual([true, 1.25]);
    expect([judge('x', { ...REF, normalised: 5.022 }, REF).pass, judge('x', { ...REF, normalised: 5.022 }, REF).ratio]).toEqual([false, 1.26]);
  });

  it('another limit: 10% → 1.11 fails, saying "more than 10% slower"', () => {
    const v = judge('100,000 × 30', { engineCpuMs: 1110, calibrationCpuMs: 100, normalised: 11.1 }, { engineCpuMs: 1000, calibrationCpuMs: 100, normalised: 10 }, 1.1);
    expect(v.pass).toBe(false);
    expect(v.ratio).toBe(1.11);
    expect(v.message).toBe('FAIL 100,000 × 30: the engine is 1.11× the reference, more than 10% slower (limit 1.10×): '
      + `engine ÷ calibration 11.10 (medians: engine 1110 ms CPU, calibration 100 ms), reference 10.00. ${AGAIN}`);
  });

  it.each([[0], [NaN], [-1], [Infinity]])('a normalised figure of %p can not be compared: fails with NaN', (bad) => {
    const v = judge('10,000 × 30', { ...REF, normalised: bad }, REF);
    expect([v.pass, v.ratio]).toEqual([false, NaN]);
    expect(v.message).toBe(`FAIL 10,000 × 30: cannot compare engine ÷ calibration ${bad} with the reference's 4: both must be positive numbers. Record the reference again: npm run bench -- --quick --record`);
    expect(judge('10,000 × 30', REF, { ...REF, normalised: bad }).pass).toBe(false);
  });
});
