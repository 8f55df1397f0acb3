/**
 * The scoring methods of SPEC §8 (综合评价), as pure functions: each turns the cell values the compute
 * step found for one unit and one indicator into a `MethodOutcome` (score, detail, issues, 差票 veto),
 * never throwing. See compute/types.ts for the boundary.
 */
export { scoreDirect } from './direct';
export { scoreLevel } from './level';
export { scoreVotes, type VoteExtra } from './votes';
export { scoreJudges } from './judges';
export { scoreFigure, type FigureMethod, type FigureParam, type FigureParams } from './figure';
