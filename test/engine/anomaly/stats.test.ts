import { modifiedZ, spread } from '../../../src/engine/anomaly/stats';

const f = (xs: number[]): Float64Array => Float64Array.from(xs);

describe('spread and modifiedZ', () => {
  it('1, 2, 3, 4, 100: median 3, deviations 2,1,0,1,97 → MAD 1, MeanAD 101/5 = 20.2', () => {
    const s = spread(f([1, 2, 3, 4, 100]), 5)!;
    expect(s).toEqual({ n: 5, median: 3, mad: 1, meanAd: 20.2 });
    // 0.6745·(100 − 3)/1 = 65.4265
    expect(modifiedZ(100, s)).toBeCloseTo(65.4265, 10);
  });

  it('MAD 0 falls back to MeanAD: 10×6, 9, 5 → median 10, MAD 0, MeanAD 6/8 = 0.75', () => {
    const s = spread(f([10, 10, 10, 10, 10, 10, 9, 5]), 8)!;
    expect(s.mad).toBe(0);
    expect(s.meanAd).toBe(0.75);
    // (5 − 10)/(1.253314·0.75) = −5/0.9399855 = −5.319231…
    expect(modifiedZ(5, s)).toBeCloseTo(-5.319231, 5);
  });

  it('no spread at all: no z-score', () => {
    const s = spread(f([4, 4, 4, 4]), 4)!;
    expect(modifiedZ(4, s)).toBeNull();
    expect(modifiedZ(9, s)).toBeNull();
    expect(spread(f([]), 0)).toBeNull();
  });
});
