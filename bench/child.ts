/**
 * One bench job in a child process (forked by run.ts with --expose-gc), so each size and each tool
 * has its own heap and its own peak RSS. Usage: `node --expose-gc child.js KIND N [ARGS]`; results
 * go to the parent with `process.send`.
 *   engine N SCORE_RUNS CHECK_RUNS WARMUPS | quick N RUNS WARMUPS | composite N RUNS WARMUPS | composite-formula N RUNS | formula N RUNS DENSE(0|1) | rank N RUNS | xlsx-make N | xlsx-run N exceljs|cli
 */
import { benchComposite, benchCompositeFormulas } from './composite-bench';
import { benchEngine } from './engine-bench';
import { benchFormulas } from './formula-bench';
import { benchQuick } from './quick';
import { rankScaling } from './rank-scaling';
import { makeXlsx, runXlsx } from './xlsx-bench';

/** Sends a message and resolves once it is written, so it is not lost when the child then blocks or exits. */
function send(message: unknown): Promise<void> {
  return new Promise((resolve) => {
    if (process.send) process.send(message, undefined, undefined, () => resolve());
    else {
      console.log(JSON.stringify(message));
      resolve();
    }
  });
}

async function main(): Promise<void> {
  const [kind, nText, a, b, c] = process.argv.slice(2);
  const n = Number(nText);
  switch (kind) {
    case 'engine':
      await send({ type: 'result', data: await benchEngine(n, Number(a), Number(b), Number(c ?? 1)) });
      break;
    case 'quick':
      await send({ type: 'result', data: benchQuick(n, Number(a), Number(b)) });
      break;
    case 'composite':
      await send({ type: 'result', data: benchComposite(n, Number(a), Number(b)) });
      break;
    case 'composite-formula':
      await benchCompositeFormulas(n, Number(a), send);
      break;
    case 'formula':
      await benchFormulas(n, Number(a), b === '1', send);
      break;
    case 'rank':
      await send({ type: 'result', data: rankScaling(n, Number(a)) });
      break;
    case 'xlsx-make':
      await send({ type: 'result', data: await makeXlsx(n) });
      break;
    case 'xlsx-run':
      await send({ type: 'result', data: await runXlsx(n, a === 'cli' ? 'cli' : 'exceljs') });
      break;
    default:
      throw new Error(`unknown bench job ${kind}`);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
